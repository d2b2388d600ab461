/**
 * The guide's main parts as a list of links, drawn in the browser: the way on
 * that the search dialog offers when search cannot load (the /search/ page
 * has the same list in its HTML, PartLinks.astro).
 */
import { MAIN_PARTS, PARTS } from '../lib/navigation';
import { siteBase } from './pagefind';

export function partLinks(): HTMLUListElement {
  const list = document.createElement('ul');
  list.className = 'list-disc pl-5';
  list.setAttribute('aria-label', 'The parts of the guide');
  for (const part of MAIN_PARTS) {
    const link = document.createElement('a');
    link.href = `${siteBase()}${part}/`;
    link.className = 'inline-block py-1';
    link.textContent = PARTS[part];
    const item = document.createElement('li');
    item.appendChild(link);
    list.appendChild(item);
  }
  return list;
}
