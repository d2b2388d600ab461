/**
 * How easy a page's text is to read, by the measure made for its language:
 * English by Flesch–Kincaid grade (the maintained `flesch-kincaid` formula
 * and `syllable` counter), Spanish by INFLESZ, the Szigriszt-Pazos score
 * (syllables counted by src/lib/spanish-syllables.ts). Both split text the
 * same way: it arrives as blocks (paragraphs, list items, headings), and
 * each block ends a sentence even without a full stop, as a reader takes it.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import type { Lang } from './i18n/languages';
import { spanishSyllables } from './spanish-syllables';

export interface TextCounts {
  sentences: number;
  words: number;
  syllables: number;
}

export interface ReadingCounts extends TextCounts {
  /** Flesch–Kincaid grade level, rounded to one decimal. */
  grade: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

export function sentencesOf(blocks: string[]): string[] {
  return blocks
    .flatMap((block) => block.split(/(?<=[.!?])["”’)]*\s+/u))
    .map((sentence) => sentence.trim())
    .filter((sentence) => /[\p{L}\p{N}]/u.test(sentence));
}

/** Sentences, words and syllables, with the syllables of a word counted by the language's own rules. */
export function textCounts(blocks: string[], syllablesOf: (word: string) => number): TextCounts {
  const sentences = sentencesOf(blocks);
  const words = sentences.flatMap((sentence) => sentence.match(WORD) ?? []);
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllablesOf(word)), 0);
  return { sentences: words.length === 0 ? 0 : sentences.length, words: words.length, syllables };
}

const oneDecimal = (n: number) => Math.round(n * 10) / 10;

export function readingCounts(blocks: string[]): ReadingCounts {
  const counts = textCounts(blocks, syllable);
  if (counts.words === 0) return { ...counts, grade: 0 };
  return { ...counts, grade: oneDecimal(fleschKincaid({ sentence: counts.sentences, word: counts.words, syllable: counts.syllables })) };
}

/**
 * INFLESZ, the Szigriszt-Pazos perspicuity score of Spanish text, rounded to
 * one decimal: 206.835 − 62.3 × syllables per word − words per sentence.
 * Higher is easier: under 40 very hard, 40–55 somewhat hard, 55–65 normal,
 * 65–80 fairly easy ("bastante fácil"), 80 and over very easy.
 */
export function inflesz({ sentences, words, syllables }: TextCounts): number {
  if (words === 0 || sentences === 0) return 0;
  return oneDecimal(206.835 - (62.3 * syllables) / words - words / sentences);
}

/** The measures, with the limit a page must meet: a grade at most, an INFLESZ score at least. */
export const READING_MEASURES = {
  grade: { name: 'Flesch–Kincaid grade', limit: 8, easierIs: 'lower' },
  inflesz: { name: 'INFLESZ', limit: 65, easierIs: 'higher' },
} as const;

export type ReadingMeasure = keyof typeof READING_MEASURES;

/** Which measure a language's pages are read with. */
export const MEASURE_OF: Readonly<Record<Lang, ReadingMeasure>> = { en: 'grade', es: 'inflesz' };

export interface Readability extends TextCounts {
  measure: ReadingMeasure;
  /** The grade (English) or the INFLESZ score (Spanish), rounded to one decimal. */
  score: number;
}

/** How easy text is to read, by its language's measure. */
export function readabilityOf(blocks: string[], lang: Lang): Readability {
  const measure = MEASURE_OF[lang];
  if (measure === 'grade') {
    const { grade, ...counts } = readingCounts(blocks);
    return { ...counts, measure, score: grade };
  }
  const counts = textCounts(blocks, spanishSyllables);
  return { ...counts, measure, score: inflesz(counts) };
}

/**
 * Whether a page is easy enough to publish: an English page at grade 8 or
 * below, a Spanish page at INFLESZ 65 ("bastante fácil") or above. The tests
 * hold pages to this rule and /quality/ states it, so both say the same.
 */
export function readsEasily({ measure, score }: Pick<Readability, 'measure' | 'score'>): boolean {
  const { limit, easierIs } = READING_MEASURES[measure];
  return easierIs === 'lower' ? score <= limit : score >= limit;
}

/** "grade 7.4 (limit 8)", "INFLESZ 66.2 (limit 65)": a reading score as a failing test names it. */
export function describeReadability({ measure, score }: Pick<Readability, 'measure' | 'score'>): string {
  const { limit, easierIs } = READING_MEASURES[measure];
  return `${measure === 'grade' ? 'grade' : 'INFLESZ'} ${score.toFixed(1)} (${easierIs === 'lower' ? 'at most' : 'at least'} ${limit})`;
}
