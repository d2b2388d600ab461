/** Search in English: the word table, the interface words and the names of the guide's parts. */
import { en as words } from '../../search-words/en';
import type { SearchLanguage } from '../search-languages';
import { search as text } from './search';
import { site } from './site';

export const en: SearchLanguage = { words, text, parts: site.parts };
