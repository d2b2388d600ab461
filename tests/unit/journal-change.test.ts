import { describe, expect, it } from 'vitest';
import { ratingChangeInWords, scoreChangeInWords } from '../../src/lib/journal/change';
import { GAD7, PHQ9 } from '../../src/lib/journal/questionnaires';
import { dictionaryFor } from '../../src/lib/i18n/dictionary';

const english = dictionaryFor('en').journal.script;

describe('scoreChangeInWords', () => {
  it('says when there is nothing to compare yet', () => {
    expect(scoreChangeInWords(PHQ9, 12, 12, 1, english)).toBe('This is your first PHQ-9 score. Later scores will be compared with it.');
  });
  it('calls a drop of half or more a response', () => {
    expect(scoreChangeInWords(PHQ9, 18, 9, 3, english)).toBe(
      'Down by 9 points since your first score (from 18 to 9). That is down by half or more: studies call this a response.',
    );
    expect(scoreChangeInWords(GAD7, 10, 5, 2, english)).toContain('studies call this a response');
  });
  it('does not call a smaller drop a response, but says what one is', () => {
    const words = scoreChangeInWords(PHQ9, 18, 10, 2, english);
    expect(words).toContain('Down by 8 points');
    expect(words).not.toContain('call this a response');
    expect(words).toContain('Studies call a drop of half or more a response.');
  });
  it('calls a PHQ-9 below 5 remission, only for the PHQ-9', () => {
    expect(scoreChangeInWords(PHQ9, 12, 4, 2, english)).toContain('A PHQ-9 score below 5 is what studies call remission.');
    expect(scoreChangeInWords(PHQ9, 12, 5, 2, english)).not.toContain('remission');
    expect(scoreChangeInWords(GAD7, 12, 4, 2, english)).not.toContain('remission');
  });
  it('keeps research words for real starting symptoms', () => {
    const words = scoreChangeInWords(PHQ9, 4, 2, 2, english);
    expect(words).toBe('Down by 2 points since your first score (from 4 to 2).');
  });
  it('says plainly when a score is the same or higher, and suggests the care team', () => {
    expect(scoreChangeInWords(PHQ9, 7, 7, 2, english)).toBe('The same as your first score (7).');
    expect(scoreChangeInWords(GAD7, 6, 9, 2, english)).toBe(
      'Up by 3 points since your first score (from 6 to 9). A higher score means more signs of anxiety. It is worth talking about with your care team.',
    );
  });
  it('never words a result as a diagnosis', () => {
    for (const [first, latest] of [[20, 3], [3, 20], [10, 10], [15, 12]] as const) {
      expect(scoreChangeInWords(PHQ9, first, latest, 2, english)).not.toMatch(/you have|diagnos|you are depressed/i);
    }
  });
});

describe('ratingChangeInWords', () => {
  it('treats a higher rating as better', () => {
    expect(ratingChangeInWords(2, 5, 3, english)).toBe('Up by 3 points since your first rating (from 2 to 5).');
    expect(ratingChangeInWords(6, 5, 2, english)).toBe('Down by 1 point since your first rating (from 6 to 5).');
    expect(ratingChangeInWords(4, 4, 2, english)).toBe('The same as your first rating (4).');
    expect(ratingChangeInWords(4, 4, 1, english)).toContain('first rating');
  });
});
