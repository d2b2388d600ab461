import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  MAX_SEARCHES_PER_WORD,
  MAX_WORDS,
  isMeaningful,
  joinPhrases,
  normalise,
  planQuery,
  rankPages,
  searchesOf,
  splitWords,
  type Hit,
} from '../../src/lib/search-query';
import { CRISIS_PHRASES } from '../../src/lib/search-words/crisis';

const words = (raw: string) => planQuery(raw).words.map((w) => w.word);
const searches = (raw: string, word: string) => planQuery(raw).words.find((w) => w.word === word)?.searches ?? [];

describe('normalise', () => {
  it('lower-cases, folds compatibility forms and plain-types quotes', () => {
    expect(normalise('  Can I STOP my Ｍｅｄｓ?  ')).toBe('can i stop my meds?');
    expect(normalise('I’m “scared”')).toBe('i\'m "scared"');
  });
  it('turns control characters and runs of white space into single spaces', () => {
    expect(normalise('sleep\u0000\t\n  better\u200b')).toBe('sleep better');
  });
});

describe('splitWords', () => {
  it('joins contractions however they are typed', () => {
    expect(splitWords("don't dont can't what's my husband's")).toEqual(['dont', 'dont', 'cant', 'whats', 'my', 'husbands']);
  });
  it('splits on punctuation and hyphens and drops emoji and symbols', () => {
    expect(splitWords('side-effects? <img src=x> 😊 #1')).toEqual(['side', 'effects', 'img', 'src', 'x', '1']);
  });
});

describe('isMeaningful', () => {
  it('drops filler, question words and pronouns', () => {
    for (const word of ['can', 'my', 'i', 'what', 'is', 'how', 'do', 'the', 'will', 'dont', 'im']) expect(isMeaningful(word), word).toBe(false);
  });
  it('keeps short words that mean something here, and numbers', () => {
    for (const word of ['iv', 'ect', 'ptsd', 'gp', '988', 'meds', 'sleep']) expect(isMeaningful(word), word).toBe(true);
    for (const word of ['x', 'zz', '6']) expect(isMeaningful(word), word).toBe(false);
  });
});

describe('planQuery', () => {
  it('keeps the words that carry a question', () => {
    expect(words('can my husband stay in the room during the infusion')).toEqual(['husband', 'stay', 'room', 'during', 'infusion']);
    expect(words('will I be able to stop my antidepressants')).toEqual(['stop', 'antidepressants']);
    expect(words('What is ketamine?')).toEqual(['ketamine']);
  });
  it('says nothing is left when the question is only filler, marks or emoji', () => {
    for (const raw of ['', '   ', 'what is it', 'how do I', '😊🙏', '?!', '"']) expect(words(raw), raw).toEqual([]);
  });
  it('keeps what was typed, trimmed, to show it back', () => {
    expect(planQuery('  <img src=x onerror=alert(1)>  ').text).toBe('<img src=x onerror=alert(1)>');
    expect(planQuery('"unclosed quote').text).toBe('"unclosed quote');
    expect(words('"unclosed quote')).toEqual(['unclosed', 'quote']);
  });
  it('cuts very long input and searches only the first words', () => {
    const plan = planQuery('ketamine sleep family '.repeat(250).slice(0, 5000));
    expect(plan.shortened).toBe(true);
    expect(plan.text.length).toBe(MAX_QUERY_LENGTH);
    expect(plan.words.map((w) => w.word)).toEqual(['ketamine', 'sleep', 'family']);
    const many = planQuery('one1 two2 three3 four4 five5 six6 seven7 eight8 nine9 ten10');
    expect(many.words).toHaveLength(MAX_WORDS);
    expect(many.leftOut).toEqual(['nine9', 'ten10']);
    expect(many.shortened).toBe(false);
    // Cut by characters: an emoji at the limit is kept whole or left out, never halved.
    const emoji = planQuery(`${'a'.repeat(MAX_QUERY_LENGTH - 1)}😊😊`).text;
    expect(Array.from(emoji)).toHaveLength(MAX_QUERY_LENGTH);
    expect(emoji.endsWith('😊')).toBe(true);
  });
  it('searches each word as typed first, then as the guide words it stands for', () => {
    expect(searches('can my husband come', 'husband')).toEqual(['husband', 'family']);
    expect(searches('my meds', 'meds')[0]).toBe('meds');
    expect(searches('my meds', 'meds')).toContain('medicine');
    expect(searches('stopping my antidepressants', 'antidepressants')).toContain('medicine');
    expect(searches('i feel hopeless', 'hopeless')).toContain('hope');
    expect(searches('my behaviour', 'behaviour')).toContain('behavior');
    expect(searches('how many hours', 'hours')).toEqual(['hours']);
    expect(searches('wore off', 'wore')).toContain('wear');
    // The guide calls the people who treat a reader their care team.
    expect(searches('what should I ask the doctor', 'doctor')).toEqual(['doctor', 'care team']);
    for (const word of planQuery('side effects nausea dizzy trippy high sick husband').words) {
      expect(word.searches.length).toBeLessThanOrEqual(MAX_SEARCHES_PER_WORD);
    }
  });
  it('reads readers’ phrases as one thing, searched as written and as the guide’s word', () => {
    expect(joinPhrases(['what', 'sets', 'off', 'my', 'anxiety'])).toEqual(['what', 'sets off', 'my', 'anxiety']);
    expect(words('I have no one to bring')).toEqual(['no one', 'bring']);
    expect(searches('what sets off my anxiety', 'sets off')).toEqual(['"sets off"', 'triggers']);
    // "doesn't" loses its apostrophe, so the phrase is found however it is typed.
    expect(words('what if it doesn’t work for me')).toEqual(['doesnt work']);
    expect(searches('what if it doesnt work for me', 'doesnt work')).toEqual(['"doesnt work"', '"not helping"', '"does not help"', 'change']);
    expect(searches("what's the point", 'whats the point')).toContain('hope');
  });
  it('notices every crisis phrase of every language as it is written, with typographic apostrophes too', () => {
    const phrases = Object.values(CRISIS_PHRASES).flat();
    expect(phrases.filter((phrase) => !planQuery(phrase).crisis)).toEqual([]);
    expect(phrases.filter((phrase) => !planQuery(phrase.replace(/'/g, '\u2019')).crisis)).toEqual([]);
  });

  it('notices words that may mean the reader is in crisis, and only those', () => {
    for (const raw of ['I want to kill myself', 'suicidal thoughts', 'I want to END MY LIFE']) expect(planQuery(raw).crisis, raw).toBe(true);
    // A reader who feels a burden, and a relative who is worried, do not say "suicide".
    for (const raw of ['everyone would be better off without me', "I'm a burden", 'my son says he wants to die', 'i dont want to wake up']) expect(planQuery(raw).crisis, raw).toBe(true);
    for (const raw of ['sleep', 'side effects of killing time', 'how long does it last']) expect(planQuery(raw).crisis, raw).toBe(false);
  });
  it('lists each search once', () => {
    expect(searchesOf(planQuery('husband wife'))).toEqual(['husband', 'family', 'wife']);
  });
});

describe('rankPages', () => {
  const plan = planQuery('husband infusion room');
  const found = (entries: Record<string, Hit[]>) => new Map(Object.entries(entries));

  it('puts a page that matches every word ahead of pages that match one, even with higher single scores', () => {
    const ranking = rankPages(
      plan,
      found({
        husband: [{ page: 'all', score: 2 }, { page: 'one', score: 6 }],
        infusion: [{ page: 'all', score: 2 }],
        room: [{ page: 'all', score: 2 }],
      }),
      20,
    );
    expect(ranking.pages.map((p) => p.page)).toEqual(['all', 'one']);
    expect(ranking.pages[0]!.matched).toEqual(['husband', 'infusion', 'room']);
    expect(ranking.complete).toBe(true);
    expect(ranking.unknown).toEqual([]);
  });

  it('sums Pagefind scores over the words a page matches', () => {
    const ranking = rankPages(
      plan,
      found({
        husband: [{ page: 'a', score: 1 }, { page: 'b', score: 3 }],
        infusion: [{ page: 'a', score: 1 }, { page: 'b', score: 3 }],
        room: [{ page: 'a', score: 1 }, { page: 'b', score: 3 }],
      }),
      20,
    );
    expect(ranking.pages.map((p) => p.page)).toEqual(['b', 'a']);
    expect(ranking.pages[0]!.score).toBeCloseTo(9);
  });

  it('counts a rare word for more than a common one when no page has all the words', () => {
    const everywhere = Array.from({ length: 20 }, (_, i) => ({ page: `p${i}`, score: 1 }));
    const ranking = rankPages(planQuery('husband infusion'), found({ husband: [{ page: 'rare', score: 1 }], infusion: everywhere }), 20);
    expect(ranking.pages[0]!.page).toBe('rare');
    expect(ranking.complete).toBe(false);
  });

  it('finds a page through the guide’s word, a little below the reader’s own word', () => {
    const ranking = rankPages(planQuery('husband'), found({ husband: [{ page: 'own', score: 2 }], family: [{ page: 'guide', score: 2 }] }), 20);
    expect(ranking.pages.map((p) => p.page)).toEqual(['own', 'guide']);
    expect(ranking.pages[1]!.via).toEqual(['family']);
  });

  it('names the words nothing matches, and then does not call the results complete', () => {
    const ranking = rankPages(plan, found({ husband: [{ page: 'a', score: 2 }], infusion: [{ page: 'a', score: 2 }] }), 20);
    expect(ranking.unknown).toEqual(['room']);
    expect(ranking.pages[0]!.matched).toEqual(['husband', 'infusion']);
    expect(ranking.complete).toBe(false);
  });

  it('leaves out pages that score far below the best', () => {
    const ranking = rankPages(planQuery('husband'), found({ husband: [{ page: 'strong', score: 10 }, { page: 'noise', score: 0.1 }] }), 20);
    expect(ranking.pages.map((p) => p.page)).toEqual(['strong']);
  });

  it('returns nothing when nothing matches', () => {
    expect(rankPages(plan, found({}), 20)).toEqual({ pages: [], unknown: ['husband', 'infusion', 'room'], complete: false });
  });
});
