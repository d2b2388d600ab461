/**
 * How many syllables a Spanish reader says for a word, for the Spanish
 * reading score (INFLESZ, src/lib/readability.ts). Plain words are split by
 * `silabea`, which knows Spanish diphthongs, hiatus and accents ("día" 2,
 * "psiquiatra" 3, "pingüino" 3). What it was not written for is counted the
 * way a reader says it:
 *
 * - a figure is read as a quantity: "2026" is "dos mil veintiséis", 5; a long
 *   run of digits or one with a leading zero is read digit by digit
 *   (src/lib/spanish-number-words.ts);
 * - an initialism in capitals (2 to 5 letters: "FDA", "PHQ") or a word with
 *   no vowel ("mg") is read letter by letter: "FDA" is "efe de a", 4;
 * - a hyphenated word or one with an apostrophe ("PHQ-9") is the sum of its parts;
 * - anything silabea cannot take, or counts as nothing, gets one syllable for
 *   each group of vowels, and every word has at least one syllable.
 */
import silabea from 'silabea';
import { spanishNumberWords } from './spanish-number-words';

const VOWELS = 'aeiouáéíóúàèìòùü';
const VOWEL_GROUP = new RegExp(`[${VOWELS}y]+`, 'g');
/** A run of ASCII digits (a figure), of letters, or of anything else a word may hold ("½"). */
const RUNS = /[0-9]+|\p{L}+|[^\p{L}0-9]+/gu;
const INITIALISM = /^\p{Lu}{2,5}$/u;
const HAS_VOWEL = new RegExp(`[${VOWELS}y]`);

/** The Spanish names of the letters, as an initialism is spelled aloud. */
const LETTER_NAMES: Readonly<Record<string, string>> = {
  a: 'a', b: 'be', c: 'ce', d: 'de', e: 'e', f: 'efe', g: 'ge', h: 'hache', i: 'i', j: 'jota', k: 'ka', l: 'ele', m: 'eme',
  n: 'ene', ñ: 'eñe', o: 'o', p: 'pe', q: 'cu', r: 'erre', s: 'ese', t: 'te', u: 'u', v: 'uve', w: 'uve doble', x: 'equis',
  y: 'ye', z: 'zeta',
};

/** One syllable for each group of vowels: the fallback for what silabea cannot split. */
export function vowelGroups(word: string): number {
  return Math.max(1, word.toLowerCase().match(VOWEL_GROUP)?.length ?? 0);
}

/** Syllables of a word of letters only, lower case. */
function syllablesOfLetters(letters: string): number {
  try {
    const count = silabea.getSilabas(letters).numeroSilaba;
    return Number.isInteger(count) && count > 0 ? count : vowelGroups(letters);
  } catch {
    return vowelGroups(letters);
  }
}

const syllablesOfPhrase = (phrase: string): number => phrase.split(' ').reduce((sum, word) => sum + syllablesOfLetters(word), 0);

function syllablesOfRun(run: string): number {
  if (/^[0-9]+$/.test(run)) return syllablesOfPhrase(spanishNumberWords(run));
  if (!/^\p{L}+$/u.test(run)) return 1;
  const lower = run.toLocaleLowerCase('es');
  if (INITIALISM.test(run) || !HAS_VOWEL.test(lower)) {
    const names = [...lower].map((letter) => LETTER_NAMES[letter]);
    if (names.every(Boolean)) return syllablesOfPhrase(names.join(' '));
  }
  return syllablesOfLetters(lower);
}

/** Syllables of one word as the readability measures split words (letters and figures, joined by ' ’ or -). */
export function spanishSyllables(word: string): number {
  const runs = word.normalize('NFC').match(RUNS) ?? [];
  const parts = runs.filter((run) => !/^['’\-\s]+$/u.test(run));
  return Math.max(1, parts.reduce((sum, run) => sum + syllablesOfRun(run), 0));
}
