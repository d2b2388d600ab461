/** Search in Spanish: the word table, the interface words and the names of the guide's parts. */
import { es as words } from '../../search-words/es';
import type { SearchLanguage } from '../search-languages';
import { search as text } from './search';
import { site } from './site';

export const es: SearchLanguage = { words, text, parts: site.parts };
