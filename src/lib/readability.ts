/**
 * Reading grade of plain text (Flesch–Kincaid), counted with the maintained
 * `flesch-kincaid` formula and `syllable` counter. Text arrives as blocks
 * (paragraphs, list items, headings): each block ends a sentence even without
 * a full stop, as a reader takes it.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export interface ReadingCounts {
  sentences: number;
  words: number;
  syllables: number;
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

export function readingCounts(blocks: string[]): ReadingCounts {
  const sentences = sentencesOf(blocks);
  const words = sentences.flatMap((sentence) => sentence.match(WORD) ?? []);
  const syllables = words.reduce((sum, word) => sum + Math.max(1, syllable(word)), 0);
  if (words.length === 0) return { sentences: 0, words: 0, syllables: 0, grade: 0 };
  const grade = fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
  return { sentences: sentences.length, words: words.length, syllables, grade: Math.round(grade * 10) / 10 };
}
