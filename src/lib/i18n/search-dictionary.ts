/**
 * Search's words in each language, and the names of the guide's parts (its
 * part filter), without the rest of the dictionaries: the search module is
 * fetched when a reader opens search, and dictionaryFor() would bring every
 * page's words into it (the journal's alone are larger than search itself).
 */
import type { SearchWords } from '../search-words/build';
import type { Dictionary } from './dictionary';
import type { Lang } from './languages';
import { SEARCH_LANGUAGES, type SearchLanguage } from './search-languages';

function searchLanguage(lang: Lang): SearchLanguage {
  const found = SEARCH_LANGUAGES[lang];
  // A page's search module holds the page's language alone: code that asks it for another is told so, by name.
  if (!found) throw new Error(`This search module has no words for "${lang}": each language's pages load their own (src/integrations/client-bundle.ts).`);
  return found;
}

/** The word table of the query engine (src/lib/search-query.ts): what to drop from a question, and what its words stand for. */
export function wordsFor(lang: Lang): SearchWords {
  return searchLanguage(lang).words;
}

/** What search says: labels, status lines, messages. */
export function searchWordsFor(lang: Lang): Dictionary['search'] {
  return searchLanguage(lang).text;
}

/** The parts of the guide by name, in the order of the header's navigation: the names pages give Pagefind as their part. */
export function partNamesFor(lang: Lang): string[] {
  return Object.values(searchLanguage(lang).parts);
}
