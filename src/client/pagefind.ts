/**
 * Loads Pagefind's search bundle from the built site, once. The index is
 * written by `npm run build`; in `npm run dev` it is served from the last
 * build, and its absence is reported to the reader in plain words.
 */

export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindFragment {
  url: string;
  /** The page's indexed text; `locations` are the positions of the matched words in it, split on spaces. */
  content: string;
  locations: number[];
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindFragment>;
}

export interface PagefindSearch {
  results: PagefindResult[];
}

/** Values to keep: { part: "The basics" }. */
export type PagefindFilters = Record<string, string>;

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  /** `null` searches nothing and returns every page that passes the filters. */
  search: (query: string | null, options?: { filters?: PagefindFilters }) => Promise<PagefindSearch | null>;
}

/** The query parameter that carries the search words to the opened page, which marks them. */
export const HIGHLIGHT_PARAM = 'highlight';

/**
 * How much a match in a page's description or `keywords` lifts it, as
 * Pagefind's metaWeights (its default: 5 for the title, 1 for other fields).
 * Both are written to say what the page answers, in readers' words.
 */
export const META_WEIGHTS = { description: 2, keywords: 3 };

export class SearchIndexMissing extends Error {
  constructor() {
    super('The search index has not been built yet. Run `npm run build` once (or use `npm start`), then reload this page.');
  }
}

let loading: Promise<Pagefind> | null = null;

export function siteBase(): string {
  const base = document.documentElement.dataset['base'] ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${siteBase()}pagefind/pagefind.js`;
    let pagefind: Pagefind;
    try {
      pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    } catch {
      loading = null;
      throw new SearchIndexMissing();
    }
    await pagefind.options({
      baseUrl: siteBase(),
      highlightParam: HIGHLIGHT_PARAM,
      excerptLength: 24,
      ranking: { metaWeights: META_WEIGHTS },
      // This index is small enough to search on the page itself: no worker
      // saves a 12 KiB fetch and the worker's start-up on the first search.
      noWorker: true,
    });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}
