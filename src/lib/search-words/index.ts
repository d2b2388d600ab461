/** Each language's search words, for the query engine (src/lib/search-query.ts). */
import type { Lang } from '../i18n/languages';
import type { SearchWords } from './build';
import { en } from './en';
import { es } from './es';

const TABLES: Readonly<Record<Lang, SearchWords>> = { en, es };

export function wordsFor(lang: Lang): SearchWords {
  return TABLES[lang];
}
