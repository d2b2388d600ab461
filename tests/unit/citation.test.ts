import { describe, expect, it } from 'vitest';
import { citationText } from '../../src/lib/citation';

describe('citationText', () => {
  it('separates authors, publication, year and details', () => {
    expect(citationText({ authors: 'Andrade', publication: 'Journal of Clinical Psychiatry', year: 2017, details: '78(7):e852-e857' })).toBe(
      'Andrade. Journal of Clinical Psychiatry, 2017; 78(7):e852-e857.',
    );
  });
  it('does not double a full stop the authors already have', () => {
    expect(citationText({ authors: 'Anand A, et al.', publication: 'New England Journal of Medicine', year: 2023 })).toBe(
      'Anand A, et al. New England Journal of Medicine, 2023.',
    );
  });
  it('works for a document with no authors or year', () => {
    expect(citationText({ publication: 'SPRAVATO (esketamine) nasal spray, prescribing information' })).toBe(
      'SPRAVATO (esketamine) nasal spray, prescribing information.',
    );
  });
});
