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
  it('rates short plain sentences as easy', () => {
    const easy = readingCounts(['You can bring a friend. They can stay with you. It often helps.']);
    expect(easy.sentences).toBe(3);
    expect(easy.grade).toBeLessThan(4);
  });
  it('rates long sentences of long words as hard', () => {
    const hard = readingCounts([
      'Comprehensive multidisciplinary therapeutic interventions substantially ameliorate treatment-resistant psychopathology, particularly when administered alongside individualized psychotherapeutic integration strategies.',
    ]);
    expect(hard.grade).toBeGreaterThan(16);
  });
  it('counts nothing in empty text', () => {
    expect(readingCounts([]).words).toBe(0);
  });
});
