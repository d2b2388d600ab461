/**
 * The syllables the Spanish reading score (INFLESZ) counts: a word as a
 * Spanish reader says it, whatever its capitals, accents, figures or letters.
 */
import silabea from 'silabea';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { spanishNumberWords } from '../../src/lib/spanish-number-words';
import { spanishSyllables } from '../../src/lib/spanish-syllables';

describe('spanishSyllables', () => {
  it.each([
    ['ketamina', 4],
    ['esperanza', 4],
    ['psiquiatra', 3],
    ['día', 2],
    ['aéreo', 4],
    ['pingüino', 3],
    ['ñandú', 2],
    ['guerra', 2],
    ['hoy', 1],
    ['búho', 2],
    ['ciudad', 2],
  ])('"%s" has %i syllables', (word, syllables) => {
    expect(spanishSyllables(word)).toBe(syllables);
  });

  it('counts a word in capitals or starting a sentence as the same word', () => {
    expect(spanishSyllables('Pingüino')).toBe(3);
    expect(spanishSyllables('Ñandú')).toBe(2);
    expect(spanishSyllables('Esperanza')).toBe(4);
  });

  it('counts a figure as it is said: "dos mil veintiséis", "novecientos ochenta y ocho"', () => {
    expect(spanishSyllables('2026')).toBe(5);
    expect(spanishSyllables('988')).toBe(10);
    expect(spanishSyllables('12')).toBe(2);
    // A leading zero is read digit by digit: "cero ocho cero cero".
    expect(spanishSyllables('0800')).toBe(8);
  });

  it('spells an initialism letter by letter, and adds up the parts of a hyphenated word', () => {
    expect(spanishSyllables('FDA')).toBe(4); // efe de a
    expect(spanishSyllables('PHQ-9')).toBe(6); // pe hache cu, nueve
    expect(spanishSyllables('mg')).toBe(3); // eme ge
  });

  it('gives any other word at least one syllable and never fails', () => {
    for (const odd of ['', '½', 'β', 'naïve', '’', 'x'.repeat(50)]) {
      const syllables = spanishSyllables(odd);
      expect(Number.isInteger(syllables) && syllables >= 1, `"${odd}" → ${syllables}`).toBe(true);
    }
  });
});

describe('spanishSyllables when silabea cannot split a word', () => {
  afterEach(() => vi.restoreAllMocks());

  it('counts one syllable for each group of vowels, which misses a hiatus', () => {
    const split = vi.spyOn(silabea, 'getSilabas').mockImplementation(() => {
      throw new TypeError('cannot split');
    });
    expect(spanishSyllables('esperanza')).toBe(4);
    expect(spanishSyllables('psiquiatra')).toBe(3);
    // "dí-a" is one group of vowels: the fallback is rougher than silabea, but it always gives a count.
    expect(spanishSyllables('día')).toBe(1);
    expect(split).toHaveBeenCalled();
  });
});

describe('spanishNumberWords', () => {
  it.each([
    ['0', 'cero'],
    ['16', 'dieciséis'],
    ['45', 'cuarenta y cinco'],
    ['100', 'cien'],
    ['101', 'ciento uno'],
    ['988', 'novecientos ochenta y ocho'],
    ['1000', 'mil'],
    ['2026', 'dos mil veintiséis'],
    ['21000', 'veintiún mil'],
    ['31500', 'treinta y un mil quinientos'],
    ['007', 'cero cero siete'],
    ['5551234', 'cinco cinco cinco uno dos tres cuatro'],
  ])('says %s as "%s"', (digits, words) => {
    expect(spanishNumberWords(digits)).toBe(words);
  });
});
