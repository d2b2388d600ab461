/**
 * Loads Pagefind's search bundle from the built site, once it has loaded;
 * a load that failed (offline, a dropped connection) is tried again on the
 * next search. The index is written by `npm run build`; in `npm run dev` it
 * is served from the last build.
 *
 * The build writes one index per language, from each page's <html lang>
 * (src/integrations/pagefind.ts), and Pagefind loads the index named by the
 * <html lang> of the page it runs on: a Spanish page searches the Spanish
 * pages only, an English page the English ones. Its options cannot choose
 * another (Pagefind 1.6 sets the language from the page after reading
 * them), so the page's lang attribute is the one switch, and it is also
 * what chooses search's words (page-lang.ts).
 */
import { keptUntilFailed } from '../lib/kept-until-failed';
import type { Lang } from '../lib/i18n/languages';
import { withTrailingSlash } from '../lib/paths';
import { pageLang } from './page-lang';

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

/**
 * Pagefind's ranking for each language's index. Pagefind finds "depresion"
 * in "depresión" either way, but by default ranks a match higher when its
 * accents agree with the query's; Spanish readers often type without them
 * (and `keywords` are written without them), so in Spanish accents count
 * for nothing: "depresion" and "depresión" give the same results.
 */
export const RANKING: Readonly<Record<Lang, Record<string, unknown>>> = {
  en: { metaWeights: META_WEIGHTS },
  es: { metaWeights: META_WEIGHTS, diacriticSimilarity: 0 },
};

/**
 * Search could not load its index. Readers are told in plain words
 * (search-controller.ts); this message, for whoever runs the site, goes to
 * the browser's console only.
 */
export class SearchUnavailable extends Error {
  constructor(url: string, cause: unknown) {
    super(`Search could not load ${url}. Offline, it loads again on the next search. In \`npm run dev\`, run \`npm run build\` once (or use \`npm start\`) so that the index exists.`, { cause });
  }
}

export function siteBase(): string {
  const base = document.documentElement.dataset['base'] ?? '/';
  return withTrailingSlash(base);
}

async function importPagefind(): Promise<Pagefind> {
  const url = `${siteBase()}pagefind/pagefind.js`;
  try {
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({
      baseUrl: siteBase(),
      highlightParam: HIGHLIGHT_PARAM,
      excerptLength: 24,
      ranking: RANKING[pageLang()],
      // This index is small enough to search on the page itself: no worker
      // saves a 12 KiB fetch and the worker's start-up on the first search.
      noWorker: true,
    });
    await pagefind.init();
    return pagefind;
  } catch (cause) {
    throw new SearchUnavailable(url, cause);
  }
}

/** Pagefind, loaded once; a load that failed is tried again on the next search. */
export const loadPagefind = keptUntilFailed(importPagefind);
