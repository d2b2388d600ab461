/**
 * The search engine's page count (the "N" that tells how rare a word is)
 * when the connection drops while it is asked: the next search asks again,
 * and a failure while search warms up is never left unhandled. Pagefind is
 * replaced by a small fake index; the engine itself is the real one.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Pagefind, PagefindFragment } from '../../src/client/pagefind';

const sleepPage: PagefindFragment = {
  url: '/factors/lifestyle/',
  content: 'Good sleep helps.',
  locations: [1],
  excerpt: 'Good <mark>sleep</mark> helps.',
  meta: { title: 'Lifestyle' },
  filters: { part: ['What helps'] },
  sub_results: [],
};

/** A fake index of three pages, whose first count of them fails as if the connection had dropped. */
function flakyIndex() {
  let counts = 0;
  const pagefind: Pagefind = {
    options: async () => undefined,
    init: async () => undefined,
    search: async (query) => {
      if (query !== null) return { results: [{ id: 'lifestyle', score: 1, data: async () => sleepPage }] };
      counts++;
      if (counts === 1) throw new TypeError('Failed to fetch');
      return { results: ['lifestyle', 'basics', 'support'].map((id) => ({ id, score: 0, data: async () => sleepPage })) };
    },
  };
  return { pagefind, counts: () => counts };
}

let index: ReturnType<typeof flakyIndex>;

beforeEach(() => {
  // A fresh engine for each test: it keeps the count between searches.
  vi.resetModules();
  index = flakyIndex();
  vi.doMock('../../src/client/pagefind', () => ({ HIGHLIGHT_PARAM: 'highlight', loadPagefind: async () => index.pagefind }));
  vi.stubGlobal('location', { origin: 'https://guide.example' });
});

afterEach(() => {
  vi.doUnmock('../../src/client/pagefind');
  vi.unstubAllGlobals();
});

describe('the page count', () => {
  it('is asked again on the next search after it failed, and that search finds the page', async () => {
    const { searchGuide } = await import('../../src/client/search-engine');
    await expect(searchGuide('sleep')).rejects.toThrow('Failed to fetch');
    const answer = await searchGuide('sleep');
    expect(answer.pages.map((page) => page.title)).toEqual(['Lifestyle']);
    expect(index.counts()).toBe(2);
  });

  it('failing while search warms up leaves no unhandled rejection, and the first search counts again', async () => {
    const unhandled: unknown[] = [];
    const record = (reason: unknown) => void unhandled.push(reason);
    process.on('unhandledRejection', record);
    try {
      const { searchGuide, warmUp } = await import('../../src/client/search-engine');
      warmUp();
      // Node reports unhandled rejections once the current task's promises have settled.
      await new Promise((settled) => setImmediate(settled));
      expect(unhandled).toEqual([]);
      expect(index.counts()).toBe(1);
      expect((await searchGuide('sleep')).pages).toHaveLength(1);
      expect(index.counts()).toBe(2);
    } finally {
      process.off('unhandledRejection', record);
    }
  });
});
