import { describe, expect, it } from 'vitest';
import { describeReadability, inflesz, readabilityOf, readingCounts, readsEasily, sentencesOf } from '../../src/lib/readability';

describe('sentencesOf', () => {
  it('ends a sentence at a full stop and at the end of every block', () => {
    expect(sentencesOf(['One idea. Another one!', 'A list item without a stop', '  '])).toEqual([
      'One idea.',
      'Another one!',
      'A list item without a stop',
    ]);
  });
});

describe('readingCounts', () => {
  // The grade formula itself is the flesch-kincaid package's; what is ours is what counts as a word and a sentence.
  it('counts a contraction or a hyphenated word as one word, and each block as a sentence', () => {
    const counts = readingCounts(["Don't worry about well-being scores. Ask your care team", 'Then rest']);
    expect(counts).toMatchObject({ sentences: 3, words: 11 });
  });
  it('counts nothing in empty text', () => {
    expect(readingCounts([]).words).toBe(0);
  });
});

describe('inflesz', () => {
  it('scores Spanish text by hand: 206.835 − 62.3 × syllables per word − words per sentence', () => {
    // La(1) ke-ta-mi-na(4) es(1) un(1) me-di-ca-men-to(5) | Ha-ble(2) con(1) su(1) e-qui-po(3):
    // 19 syllables, 9 words, 2 sentences → 206.835 − 62.3 × 19/9 − 9/2 = 70.81.
    const reading = readabilityOf(['La ketamina es un medicamento.', 'Hable con su equipo.'], 'es');
    expect(reading).toEqual({ measure: 'inflesz', score: 70.8, sentences: 2, words: 9, syllables: 19 });
  });
  it('scores long words in long sentences lower', () => {
    const plain = readabilityOf(['Hable con su equipo. Pida ayuda.'], 'es').score;
    const dense = readabilityOf(['La administración intravenosa de ketamina requiere supervisión psiquiátrica especializada y continuada.'], 'es').score;
    expect(dense).toBeLessThan(plain);
  });
  it('scores nothing in empty text', () => {
    expect(inflesz({ sentences: 0, words: 0, syllables: 0 })).toBe(0);
  });
});

describe('readabilityOf', () => {
  it('reads English by grade, with the same counts as readingCounts', () => {
    const blocks = ['Ask your care team what to expect. Then rest.'];
    const { grade, ...counts } = readingCounts(blocks);
    expect(readabilityOf(blocks, 'en')).toEqual({ measure: 'grade', score: grade, ...counts });
  });
});

describe('readsEasily', () => {
  it('passes an English page at grade 8 or below, and a Spanish page at INFLESZ 65 or above', () => {
    expect(readsEasily({ measure: 'grade', score: 8 })).toBe(true);
    expect(readsEasily({ measure: 'grade', score: 8.1 })).toBe(false);
    expect(readsEasily({ measure: 'inflesz', score: 65 })).toBe(true);
    expect(readsEasily({ measure: 'inflesz', score: 64.9 })).toBe(false);
  });
  it('names the score and its limit for a failing test', () => {
    expect(describeReadability({ measure: 'inflesz', score: 61.25 })).toBe('INFLESZ 61.3 (at least 65)');
    expect(describeReadability({ measure: 'grade', score: 9 })).toBe('grade 9.0 (at most 8)');
  });
});
