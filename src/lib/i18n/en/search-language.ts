/** Search in English: the word table, the interface words and the names of the guide's parts. */
import { en as words } from '../../search-words/en';
import { search as text } from './search';
import { site } from './site';

// Checked against SearchLanguage where the languages are listed (../search-languages.ts).
export const en = { words, text, parts: site.parts };
