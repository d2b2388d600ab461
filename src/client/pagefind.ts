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

export interface Pagefind {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (query: string | null, options?: { filters?: Record<string, unknown> }) => Promise<PagefindSearch | null>;
  debouncedSearch: (query: string, options?: object, ms?: number) => Promise<PagefindSearch | null>;
}

/** The query parameter that carries the search words to the opened page, which marks them. */
export const HIGHLIGHT_PARAM = 'highlight';

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
    await pagefind.options({ baseUrl: siteBase(), highlightParam: HIGHLIGHT_PARAM, excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })();
  return loading;
}
