import { describe, expect, it } from 'vitest';
import { readingCounts, sentencesOf } from '../../src/lib/readability';

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
