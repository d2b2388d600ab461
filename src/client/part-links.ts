/**
 * The guide's main parts as a list of links, drawn in the browser: the way on
 * that the search dialog offers when search cannot load (the search page
 * has the same list in its HTML, PartLinks.astro). The links are those of
 * the header's main navigation, which every page has: the same parts, named
 * in the page's language and at their addresses in it.
 */
import { searchWordsFor } from '../lib/i18n/search-dictionary';
import { pageLang } from './page-lang';

export function partLinks(): HTMLUListElement {
  const list = document.createElement('ul');
  list.className = 'list-disc pl-5';
  list.setAttribute('aria-label', searchWordsFor(pageLang()).partsList);
  for (const part of document.querySelectorAll<HTMLAnchorElement>('header nav a[href]')) {
    const link = document.createElement('a');
    link.href = part.href;
    link.className = 'inline-block py-1';
    link.textContent = part.textContent;
    const item = document.createElement('li');
    item.appendChild(link);
    list.appendChild(item);
  }
  return list;
}
