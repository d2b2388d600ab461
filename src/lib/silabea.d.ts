/** The one call the guide makes into `silabea` (CommonJS, untyped): the syllables of a Spanish word. */
declare module 'silabea' {
  const silabea: {
    getSilabas(word: string): { numeroSilaba: number };
  };
  export default silabea;
}
