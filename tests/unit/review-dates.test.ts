import { describe, expect, it } from 'vitest';
import { formatReviewDate, reviewWindowProblem } from '../../src/lib/review-dates';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('reviewWindowProblem', () => {
  it('accepts a next review within twelve months', () => {
    expect(reviewWindowProblem(day('2026-11-28'), day('2027-11-28'))).toBeNull();
    expect(reviewWindowProblem(day('2026-11-28'), day('2027-05-01'))).toBeNull();
  });
  it('rejects a next review on or before the last one', () => {
    expect(reviewWindowProblem(day('2026-11-28'), day('2026-11-28'))).toMatch(/after lastReviewed/);
    expect(reviewWindowProblem(day('2026-11-28'), day('2025-01-01'))).toMatch(/after lastReviewed/);
  });
  it('rejects a next review further away than the review period', () => {
    expect(reviewWindowProblem(day('2026-11-28'), day('2028-01-01'))).toMatch(/within 12 months/);
  });
  it('rejects dates that are not dates', () => {
    expect(reviewWindowProblem(new Date('nonsense'), day('2027-01-01'))).toMatch(/must be dates/);
  });
});

describe('formatReviewDate', () => {
  it('writes the date out in words', () => {
    expect(formatReviewDate(day('2026-11-28'))).toBe('November 28, 2026');
  });
});
