/** Search in Spanish: the word table, the interface words and the names of the guide's parts. */
import { es as words } from '../../search-words/es';
import { search as text } from './search';
import { site } from './site';

// Checked against SearchLanguage where the languages are listed (../search-languages.ts).
export const es = { words, text, parts: site.parts };
