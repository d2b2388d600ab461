/**
 * Draws search results with DOM methods only. Excerpts come from Pagefind as
 * HTML with <mark> around matches; they are parsed inertly and only their text
 * and <mark> elements are kept, so nothing from the index or the query can
 * ever run as code.
 */
import type { FoundPage } from './search-engine';
import type { Dictionary } from '../lib/i18n/dictionary';

export function safeExcerpt(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out = document.createDocumentFragment();
  const copy = (from: Node, to: Node) => {
    for (const node of Array.from(from.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) {
        to.appendChild(document.createTextNode(node.textContent ?? ''));
      } else if (node instanceof Element) {
        const target = node.tagName === 'MARK' ? to.appendChild(document.createElement('mark')) : to;
        copy(node, target);
      }
    }
  };
  copy(parsed.body, out);
  return out;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** One result: its part, the title as a link, the excerpt, the words it matches (when not all), and up to three sections, in the page's words. */
export function resultItem(page: FoundPage, allWords: boolean, words: Dictionary['search']): HTMLLIElement {
  const item = element('li', 'rounded-lg border border-line bg-raised p-4');
  if (page.part) item.appendChild(element('p', 'text-sm text-muted', page.part));
  const heading = element('h3', 'text-lg font-semibold');
  const title = element('a', 'inline-block py-0.5', page.title);
  title.href = page.url;
  title.dataset['searchResult'] = '';
  heading.appendChild(title);
  item.appendChild(heading);
  const excerpt = element('p', 'mt-1');
  excerpt.appendChild(safeExcerpt(page.excerpt));
  item.appendChild(excerpt);
  if (!allWords) item.appendChild(element('p', 'mt-1 text-sm text-muted', words.matches(page.matched.join(', '))));
  if (page.sections.length > 0) {
    const list = element('ul', 'mt-2 space-y-1 border-l-2 border-line pl-3');
    list.setAttribute('aria-label', words.sectionsOf(page.title));
    for (const section of page.sections) {
      const link = element('a', 'inline-block py-1', section.title);
      link.href = section.url;
      link.dataset['searchResult'] = '';
      const li = element('li', '');
      li.appendChild(link);
      list.appendChild(li);
    }
    item.appendChild(list);
  }
  return item;
}
