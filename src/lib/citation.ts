/** A reference written out in one line, in the usual order: authors. Title. Publication, year; details. */
export interface CitationParts {
  authors?: string | undefined;
  title?: string | undefined;
  publication: string;
  year?: number | undefined;
  details?: string | undefined;
}

const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

export function citationText({ authors, title, publication, year, details }: CitationParts): string {
  const where = [publication, year].filter((part) => part !== undefined).join(', ');
  return [authors, title, details ? `${where}; ${details}` : where]
    .filter((part): part is string => Boolean(part))
    .map(sentence)
    .join(' ');
}
