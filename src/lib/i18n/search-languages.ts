/**
 * What search needs of each language: its word table (what a question's
 * words mean), its interface words and the names of the guide's parts. The
 * build and the tests have every language. The search module a page fetches
 * carries its own language's alone: src/integrations/client-bundle.ts puts a
 * module of that one language in this one's place, so an English reader
 * does not download the Spanish tables, nor a Spanish reader the English.
 */
import type { SearchWords } from '../search-words/build';
import type { Dictionary } from './dictionary';
import type { Lang } from './languages';
import { en } from './en/search-language';
import { es } from './es/search-language';

export interface SearchLanguage {
  words: SearchWords;
  text: Dictionary['search'];
  parts: Dictionary['site']['parts'];
}

/** Partial: a search module made for one language holds that one only. */
export const SEARCH_LANGUAGES: Readonly<Partial<Record<Lang, SearchLanguage>>> = { en, es };
