import { describe, expect, it } from 'vitest';
import { GAD7, PHQ9, bandOf, describeScore, needsHelpNow, totalScore } from '../../src/lib/journal/questionnaires';
import { dictionaryFor } from '../../src/lib/i18n/dictionary';

const { script: english, page: englishPage } = dictionaryFor('en').journal;
const bandNames = (q: typeof PHQ9) => q.bands.map((b) => [b.min, b.max, english.bands[b.code]]);

describe('the PHQ-9 and GAD-7', () => {
  it('have their standard number of items and answers, in their published English', () => {
    const { phq9, gad7 } = englishPage.questionnaires;
    expect([PHQ9.itemCount, GAD7.itemCount]).toEqual([9, 7]);
    expect([phq9.items.length, gad7.items.length]).toEqual([9, 7]);
    for (const form of [phq9, gad7]) expect(form.answers).toEqual(['Not at all', 'Several days', 'More than half the days', 'Nearly every day']);
    expect(phq9.items[8]).toBe('Thoughts that you would be better off dead or of hurting yourself in some way');
    expect(gad7.items[1]).toBe('Not being able to stop or control worrying');
  });

  it('have bands that cover every possible score exactly once', () => {
    expect([PHQ9.max, GAD7.max]).toEqual([27, 21]);
    for (const q of [PHQ9, GAD7]) {
      for (let score = 0; score <= q.max; score++) {
        expect(q.bands.filter((b) => score >= b.min && score <= b.max), `${q.name} ${score}`).toHaveLength(1);
      }
    }
  });

  it('use the published cut points', () => {
    expect(bandNames(PHQ9)).toEqual([
      [0, 4, 'minimal'],
      [5, 9, 'mild'],
      [10, 14, 'moderate'],
      [15, 19, 'moderately severe'],
      [20, 27, 'severe'],
    ]);
    expect(bandNames(GAD7)).toEqual([
      [0, 4, 'minimal'],
      [5, 9, 'mild'],
      [10, 14, 'moderate'],
      [15, 21, 'severe'],
    ]);
  });

  it('score by adding the answers and name the band', () => {
    expect(totalScore([3, 3, 2, 2, 1, 1, 0, 0, 0])).toBe(12);
    expect(describeScore(PHQ9, 12, english)).toBe('12 out of 27: moderate (10–14)');
    expect(describeScore(PHQ9, 4, english)).toBe('4 out of 27: minimal (0–4)');
    expect(describeScore(GAD7, 7, english)).toBe('7 out of 21: mild (5–9)');
    expect(describeScore(GAD7, 15, english)).toBe('15 out of 21: severe (15–21)');
    expect(bandOf(PHQ9, 20).code).toBe('severe');
    expect(() => bandOf(GAD7, 22)).toThrow(/outside/);
  });
});

describe('needsHelpNow', () => {
  const phq9 = (item9: number) => [0, 0, 0, 0, 0, 0, 0, 0, item9];
  it('is true for any answer but "Not at all" to item 9', () => {
    expect(needsHelpNow(phq9(0))).toBe(false);
    expect(needsHelpNow(phq9(1))).toBe(true);
    expect(needsHelpNow(phq9(2))).toBe(true);
    expect(needsHelpNow(phq9(3))).toBe(true);
  });
  it('is false when the PHQ-9 was not filled in', () => {
    expect(needsHelpNow(null)).toBe(false);
  });
});
