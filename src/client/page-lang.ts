/**
 * The language of the page the reader is on, from <html lang>: it chooses
 * the words search understands and speaks, and Pagefind reads the same
 * attribute to choose the index it searches, so the two always agree.
 */
import { DEFAULT_LANG, isLang, type Lang } from '../lib/i18n/languages';

export function pageLang(): Lang {
  // Outside a browser (the unit tests of the search engine) there is no page: English.
  if (typeof document === 'undefined') return DEFAULT_LANG;
  const primary = document.documentElement.lang.split('-')[0]?.toLowerCase();
  return isLang(primary) ? primary : DEFAULT_LANG;
}
