/**
 * Answers a reader's question with Pagefind: plans the searches
 * (src/lib/search-query.ts), runs them, merges the hits, and loads what each
 * of the best pages shows in a result. The same function serves the dialog,
 * the search page, the relevance test and the benchmark, in the page's
 * language: its words, and its index (see pagefind.ts).
 */
import { HIGHLIGHT_PARAM, loadPagefind, type Pagefind, type PagefindFilters, type PagefindFragment, type PagefindResult } from './pagefind';
import { planQuery, rankPages, searchesOf, type Hit, type QueryPlan, type Ranking } from '../lib/search-query';
import { keptUntilFailed } from '../lib/kept-until-failed';
import { pageLang } from './page-lang';

export const MAX_RESULTS = 10;
/** At most this many words are marked on the opened page. */
const MAX_MARKED_WORDS = 12;

export interface FoundSection {
  title: string;
  url: string;
}

export interface FoundPage {
  url: string;
  title: string;
  /** Pagefind's excerpt: HTML with <mark> around matches (drawn inertly, see search-results.ts). */
  excerpt: string;
  part: string | undefined;
  /** The sections (headings) where the matches are. */
  sections: FoundSection[];
  /** The reader's words this page matches. */
  matched: string[];
}

export interface SearchAnswer {
  plan: QueryPlan;
  ranking: Ranking;
  pages: FoundPage[];
}

/** How many pages the index holds: the "N" that tells how rare a word is. A count that failed is asked again on the next search. */
const countPages = keptUntilFailed((pagefind: Pagefind): Promise<number> => pagefind.search(null).then((all) => all?.results.length ?? 0));

/**
 * The page's own words at the matched places ("infusions", "IV"), without
 * punctuation: what the highlight script marks, word for word.
 */
function matchedForms(fragment: PagefindFragment): string[] {
  const words = fragment.content.split(/[\r\n\s]+/g);
  const forms = fragment.locations.map((at) => (words[at] ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  return [...new Set(forms.filter(Boolean))].slice(0, MAX_MARKED_WORDS);
}

/** A result's address with the words to mark on the opened page (Pagefind's highlight parameter). */
function withHighlight(url: string, words: string[]): string {
  const address = new URL(url, location.origin);
  address.searchParams.delete(HIGHLIGHT_PARAM);
  for (const word of words) address.searchParams.append(HIGHLIGHT_PARAM, word);
  return address.pathname + address.search + address.hash;
}

function describe(fragment: PagefindFragment, matched: string[]): FoundPage {
  const marks = matchedForms(fragment);
  const page = fragment.url.split(/[?#]/)[0] ?? fragment.url;
  return {
    url: withHighlight(fragment.url, marks),
    title: fragment.meta['title'] ?? page,
    excerpt: fragment.excerpt,
    part: fragment.filters['part']?.[0],
    sections: fragment.sub_results
      .filter((sub) => sub.url.includes('#'))
      .slice(0, 3)
      .map((sub) => ({ title: sub.title, url: withHighlight(sub.url, marks) })),
    matched,
  };
}

/*
 * Pagefind keeps one object per page and rewrites its excerpt on every
 * data() call, so two searches loading the same page at once could swap
 * excerpts. Loads from different searches therefore take turns.
 */
let loadingTurn: Promise<unknown> = Promise.resolve();
function inTurn<T>(load: () => Promise<T>): Promise<T> {
  const next = loadingTurn.then(load, load);
  loadingTurn = next.catch(() => undefined);
  return next;
}

/** Starts loading Pagefind and its search engine, so that the first search is quick. */
export function warmUp(): void {
  // A failure here is met again, and told, by the search that follows.
  loadPagefind()
    .then(countPages)
    .catch(() => undefined);
}

/** Answers in the page's language, which is also the language of the index Pagefind loaded for this page. */
export async function searchGuide(raw: string, filters: PagefindFilters = {}): Promise<SearchAnswer> {
  const plan = planQuery(raw, pageLang());
  if (plan.words.length === 0) return { plan, ranking: { pages: [], unknown: [], complete: false }, pages: [] };

  const pagefind = await loadPagefind();
  const options = { filters };
  const searches = searchesOf(plan);
  const answers = await Promise.all(searches.map((search) => pagefind.search(search, options)));
  const byPage = new Map<string, Map<string, PagefindResult>>();
  const found = new Map<string, Hit[]>();
  searches.forEach((search, i) => {
    const results = answers[i]?.results ?? [];
    byPage.set(search, new Map(results.map((result) => [result.id, result])));
    found.set(search, results.map((result) => ({ page: result.id, score: result.score })));
  });
  const ranking = rankPages(plan, found, await countPages(pagefind));
  const best = ranking.pages.slice(0, MAX_RESULTS);

  // Each page is shown as found by the words it matched, searched together,
  // so that its excerpt and sections show as many of them as possible.
  const results = await Promise.all(
    best.map(async ({ page, via }) => {
      const words = [...new Set(via)];
      const alone = byPage.get(words[0]!)?.get(page);
      if (words.length === 1) return alone;
      const together = await pagefind.search(words.join(' '), options);
      return together?.results.find((result) => result.id === page) ?? alone;
    }),
  );
  const pages = await inTurn(() =>
    Promise.all(results.map(async (result, i) => (result ? describe(await result.data(), best[i]!.matched) : null))),
  );
  return { plan, ranking, pages: pages.filter((page): page is FoundPage => page !== null) };
}
