/**
 * Turns what a reader types into searches Pagefind can answer, and merges
 * what comes back. Pagefind finds only pages that contain every word it is
 * given, so a question like "can my husband stay in the room during the
 * infusion" usually finds nothing. Here the question is cut to the words
 * that carry meaning, each word is searched on its own (and as the guide's
 * own words for it), and the pages are ranked by Pagefind's scores, ahead
 * when they match more of the reader's words. One engine for every
 * language: the words it drops, joins and maps come from the language's word
 * table (src/lib/search-words/), looked up without accents. Pure: no DOM, no
 * Pagefind.
 */
import { DEFAULT_LANG, type Lang } from './i18n/languages';
import { fold } from './search-words/build';
import { CRISIS_PHRASES } from './search-words/crisis';
import { wordsFor } from './i18n/search-dictionary';

/** Longer input is cut: no question needs more, and nothing should search 5,000 characters. */
export const MAX_QUERY_LENGTH = 200;
/** At most this many words are searched, each with at most MAX_SEARCHES_PER_WORD searches. */
export const MAX_WORDS = 8;
export const MAX_SEARCHES_PER_WORD = 4;

/** A match through one of the guide's words counts a little less than the reader's own word. */
const ALTERNATIVE_WEIGHT = 0.8;
/** How strongly matching more of the reader's words lifts a page (0 = not at all). */
const COVERAGE_POWER = 1;
/** Pages scoring below this share of the best page are left out as noise. */
const MIN_SHARE_OF_BEST = 0.08;

export interface QueryWord {
  /** The reader's word, as normalised (accents kept, as the reader typed them). */
  word: string;
  /** What to search for it: the word itself first, then the guide's words it stands for. */
  searches: string[];
}

export interface QueryPlan {
  /** What the reader typed, trimmed and cut to MAX_QUERY_LENGTH: shown back to them, as text only. */
  text: string;
  /** True when the input was longer than MAX_QUERY_LENGTH and was cut. */
  shortened: boolean;
  /** The words that carry meaning, in the reader's order. */
  words: QueryWord[];
  /** Meaningful words beyond MAX_WORDS, which were not searched. */
  leftOut: string[];
  /** True when the words suggest that the reader may be in crisis. */
  crisis: boolean;
}

/**
 * Lower case, compatibility forms folded (full-width letters, ligatures),
 * typographic quotes and apostrophes made plain, control characters and
 * runs of spaces removed.
 */
export function normalise(raw: string): string {
  return raw
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u02bc\u0060\u00b4]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb]/g, '"')
    .replace(/[\p{Cc}\p{Cf}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The words of a normalised text: runs of letters and digits. Apostrophes
 * are removed, so that "don't" and "dont", "what's" and "whats" are the same
 * word (a possessive like "husband's" becomes "husbands", which Pagefind's
 * stemmer joins to "husband"). Hyphens and all other marks split words.
 */
export function splitWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? []).map((word) => word.replace(/'/g, ''));
}

/** Whether a word carries meaning: not filler, and long enough unless it is a known short word or a number. */
export function isMeaningful(word: string, lang: Lang = DEFAULT_LANG): boolean {
  const { phrases, stopWords, shortWords } = wordsFor(lang);
  const key = fold(word);
  if (phrases.has(key)) return true;
  if (stopWords.has(key)) return false;
  if (shortWords.has(key)) return true;
  if (/^\p{N}+$/u.test(word)) return word.length >= 2;
  return word.length >= 3;
}

/** Each text once, the first of those that differ only in accents: Pagefind finds them alike. */
function distinct(texts: string[]): string[] {
  const seen = new Set<string>();
  return texts.filter((text) => {
    const key = fold(text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function searchesFor(word: string, lang: Lang): string[] {
  const { phrases, alternatives, singular, otherForms } = wordsFor(lang);
  const key = fold(word);
  // A phrase is searched as written (Pagefind's exact search, in the text
  // and in `keywords`), then as the guide's word for it.
  const phrase = phrases.get(key);
  if (phrase) return [`"${word}"`, ...phrase];
  const guideWords = alternatives.get(key) ?? alternatives.get(singular(key)) ?? [];
  return distinct([word, ...guideWords, ...otherForms(word)]).slice(0, MAX_SEARCHES_PER_WORD);
}

/**
 * Joins readers' phrases ("sets off", "no one") into one word of the plan,
 * longest phrase first; other words pass through.
 */
export function joinPhrases(words: string[], lang: Lang = DEFAULT_LANG): string[] {
  const { phrases, longestPhrase } = wordsFor(lang);
  const out: string[] = [];
  let at = 0;
  while (at < words.length) {
    let length = Math.min(longestPhrase, words.length - at);
    while (length >= 2 && !phrases.has(fold(words.slice(at, at + length).join(' ')))) length--;
    out.push(length >= 2 ? words.slice(at, at + length).join(' ') : words[at]!);
    at += Math.max(length, 1);
  }
  return out;
}

/**
 * Every language's crisis phrases, cut into words as a reader's text is
 * ("i'm a burden" as "im a burden"), so that each phrase as written is found.
 */
const CRISIS = Object.values(CRISIS_PHRASES).flatMap((phrases) => phrases.map((phrase) => fold(splitWords(normalise(phrase)).join(' '))));

/**
 * Whether the words suggest that the reader may be in crisis, in any of the
 * guide's languages: a reader may write in their own language on a page in
 * the other ("suicidio" on an English page), and help comes first all the same.
 */
export function isCrisis(text: string): boolean {
  const words = ` ${fold(splitWords(text).join(' '))} `;
  return CRISIS.some((phrase) => words.includes(` ${phrase} `));
}

/** Plans the searches for what a reader typed, with the words of the page's language. */
export function planQuery(raw: string, lang: Lang = DEFAULT_LANG): QueryPlan {
  // Counted in characters, not UTF-16 units, so that an emoji is never cut in half.
  const chars = Array.from(raw.trim().replace(/\s+/g, ' '));
  const shortened = chars.length > MAX_QUERY_LENGTH;
  const text = chars.slice(0, MAX_QUERY_LENGTH).join('');
  const normalised = normalise(text);
  const meaningful = distinct(joinPhrases(splitWords(normalised), lang).filter((word) => isMeaningful(word, lang)));
  return {
    text,
    shortened,
    words: meaningful.slice(0, MAX_WORDS).map((word) => ({ word, searches: searchesFor(word, lang) })),
    leftOut: meaningful.slice(MAX_WORDS),
    crisis: isCrisis(normalised),
  };
}

/** Every distinct search in a plan, in order: what to ask Pagefind. */
export function searchesOf(plan: QueryPlan): string[] {
  return [...new Set(plan.words.flatMap((word) => word.searches))];
}

/** One page Pagefind found for one search, with its score. */
export interface Hit {
  page: string;
  score: number;
}

export interface RankedPage {
  page: string;
  score: number;
  /** The reader's words this page matches. */
  matched: string[];
  /** For each matched word, the search that found this page best: the words to mark on it. */
  via: string[];
}

export interface Ranking {
  pages: RankedPage[];
  /** The reader's words that nothing in the guide matches. */
  unknown: string[];
  /** True when the first page matches every word the guide has. */
  complete: boolean;
}

/** Inverse document frequency as in BM25: a word on few pages says more than one on every page. */
function idf(pagesWithWord: number, totalPages: number): number {
  return Math.log(1 + (totalPages - pagesWithWord + 0.5) / (pagesWithWord + 0.5));
}

/**
 * Merges the hits of every search in a plan into one ranking. A page's score
 * is the sum, over the reader's words, of its best Pagefind score for that
 * word, multiplied by the share of the words it matches (each word counted
 * by how rare it is), squared: pages that match all the words come first,
 * but one rare, telling word can outweigh several common ones.
 */
export function rankPages(plan: QueryPlan, found: ReadonlyMap<string, readonly Hit[]>, totalPages: number): Ranking {
  interface Best {
    score: number;
    via: string;
  }
  const perWord = plan.words.map(({ searches }) => {
    const best = new Map<string, Best>();
    searches.forEach((search, at) => {
      const weight = at === 0 ? 1 : ALTERNATIVE_WEIGHT;
      for (const hit of found.get(search) ?? []) {
        const score = hit.score * weight;
        if (score > (best.get(hit.page)?.score ?? -1)) best.set(hit.page, { score, via: search });
      }
    });
    return best;
  });
  const weights = perWord.map((best) => (best.size === 0 ? 0 : idf(best.size, Math.max(totalPages, best.size))));
  const totalWeight = weights.reduce((sum, w) => sum + w, 0);
  const unknown = plan.words.filter((_, i) => perWord[i]!.size === 0).map(({ word }) => word);

  const pages = new Map<string, RankedPage & { weight: number }>();
  perWord.forEach((best, i) => {
    for (const [page, { score, via }] of best) {
      const entry = pages.get(page) ?? { page, score: 0, matched: [], via: [], weight: 0 };
      entry.score += score;
      entry.weight += weights[i]!;
      entry.matched.push(plan.words[i]!.word);
      entry.via.push(via);
      pages.set(page, entry);
    }
  });
  const ranked = [...pages.values()]
    .map(({ weight, ...page }) => {
      const coverage = totalWeight > 0 ? weight / totalWeight : 1;
      return { ...page, score: page.score * coverage ** COVERAGE_POWER };
    })
    .sort((a, b) => b.score - a.score || a.page.localeCompare(b.page));
  const best = ranked[0]?.score ?? 0;
  const kept = ranked.filter((page) => page.score >= best * MIN_SHARE_OF_BEST);
  const known = plan.words.length - unknown.length;
  return { pages: kept, unknown, complete: kept.length > 0 && kept[0]!.matched.length === known && unknown.length === 0 };
}
