import { describe, expect, it } from 'vitest';
import { promptMessage, quoted, statusMessage } from '../../src/lib/search-messages';
import { planQuery, type Ranking } from '../../src/lib/search-query';

const none: Ranking = { pages: [], unknown: [], complete: false };
const page = (matched: string[]) => ({ page: 'p', score: 1, matched, via: matched });

describe('statusMessage', () => {
  it('asks for words when there are none', () => {
    expect(statusMessage({ plan: planQuery(''), ranking: none, shown: 0 })).toBe(promptMessage('en'));
    expect(statusMessage({ plan: planQuery('    '), ranking: none, shown: 0 })).toBe(promptMessage('en'));
  });

  it('says plainly when the words are only filler or symbols, quoting them', () => {
    expect(statusMessage({ plan: planQuery('what is it'), ranking: none, shown: 0 })).toBe(
      '“what is it” has no words to search for. Try a word such as “sleep”, “family” or “medicine”.',
    );
    expect(statusMessage({ plan: planQuery('😊🙏'), ranking: none, shown: 0 })).toContain('“😊🙏” has no words');
  });

  it('says how many pages match all the words', () => {
    const plan = planQuery('sleep');
    expect(statusMessage({ plan, ranking: { pages: [page(['sleep'])], unknown: [], complete: true }, shown: 1 })).toBe(
      '1 page matches “sleep”.',
    );
    expect(statusMessage({ plan, ranking: { pages: [], unknown: [], complete: true }, shown: 4 })).toBe('4 pages match “sleep”.');
  });

  it('counts every page found, and says so when only the best are shown', () => {
    const plan = planQuery('ketamine');
    const found = Array.from({ length: 14 }, () => page(['ketamine']));
    expect(statusMessage({ plan, ranking: { pages: found, unknown: [], complete: true }, shown: 10 })).toBe(
      '14 pages match “ketamine”. The 10 best are shown.',
    );
    const some = { pages: found, unknown: ['trippy'], complete: false };
    expect(statusMessage({ plan: planQuery('trippy ketamine'), ranking: some, shown: 10 })).toBe(
      'No page matches all of “trippy ketamine”. 14 pages match some of its words. The 10 best are shown. Nothing in the guide matches “trippy”.',
    );
  });

  it('says when pages match only some of the words, and which words nothing matches', () => {
    const plan = planQuery('trippy infusion');
    const ranking = { pages: [page(['infusion'])], unknown: ['trippy'], complete: false };
    expect(statusMessage({ plan, ranking, shown: 3 })).toBe(
      'No page matches all of “trippy infusion”. 3 pages match some of its words. Nothing in the guide matches “trippy”.',
    );
  });

  it('says where it looked when filters narrow the search', () => {
    const plan = planQuery('sleep');
    const ranking = { pages: [page(['sleep'])], unknown: [], complete: true };
    expect(statusMessage({ plan, ranking, shown: 2, part: 'What helps' })).toBe('2 pages in What helps match “sleep”.');
    expect(statusMessage({ plan, ranking, shown: 1, reader: 'Clinics' })).toBe('1 page for Clinics matches “sleep”.');
  });

  it('suggests widening the search when filters leave nothing', () => {
    const plan = planQuery('sleep');
    expect(statusMessage({ plan, ranking: none, shown: 0, part: 'What helps', reader: 'Clinics' })).toBe(
      'No pages in What helps, for Clinics match “sleep”. Try all parts of the guide and all readers, or other words.',
    );
    expect(statusMessage({ plan, ranking: none, shown: 0 })).toBe('No pages match “sleep”. Try other or fewer words.');
  });

  it('says when the input was cut', () => {
    const plan = planQuery('sleep '.repeat(1000));
    expect(statusMessage({ plan, ranking: none, shown: 0 })).toMatch(/Only the first 200 characters were searched\.$/);
  });
});

describe('quoted', () => {
  it('quotes short text whole and cuts long text, without splitting an emoji', () => {
    expect(quoted('<img src=x>')).toBe('“<img src=x>”');
    expect(quoted('a'.repeat(200))).toBe(`“${'a'.repeat(60)}…”`);
    expect(quoted('😊'.repeat(61))).toBe(`“${'😊'.repeat(60)}…”`);
  });
});
