/**
 * Search's words in each language, and the names of the guide's parts (its
 * part filter), without the rest of the dictionaries: the search module is
 * fetched when a reader opens search, and dictionaryFor() would bring every
 * page's words into it (the journal's alone are larger than search itself).
 */
import type { Dictionary } from './dictionary';
import type { Lang } from './languages';
import { search as enSearch } from './en/search';
import { search as esSearch } from './es/search';
import { site as enSite } from './en/site';
import { site as esSite } from './es/site';

const SEARCH: Readonly<Record<Lang, Dictionary['search']>> = { en: enSearch, es: esSearch };
const PARTS: Readonly<Record<Lang, Dictionary['site']['parts']>> = { en: enSite.parts, es: esSite.parts };

export function searchWordsFor(lang: Lang): Dictionary['search'] {
  return SEARCH[lang];
}

/** The parts of the guide by name, in the order of the header's navigation: the names pages give Pagefind as their part. */
export function partNamesFor(lang: Lang): string[] {
  return Object.values(PARTS[lang]);
}
