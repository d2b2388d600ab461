/**
 * Draws search results with DOM methods only. Excerpts come from Pagefind as
 * HTML with <mark> around matches; they are parsed inertly and only their text
 * and <mark> elements are kept, so nothing from the index or the query can
 * ever run as code.
 */
import type { PagefindFragment } from './pagefind';

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

/** One result: the page title as a link, its excerpt, and up to three matching sections. */
export function resultItem(result: PagefindFragment): HTMLLIElement {
  const item = element('li', 'rounded-lg border border-line bg-raised p-4');
  const title = element('a', 'text-lg font-semibold', result.meta['title'] ?? result.url);
  title.href = result.url;
  title.dataset['searchResult'] = '';
  const heading = element('h3', '');
  heading.appendChild(title);
  const part = result.filters['part']?.[0];
  if (part) item.appendChild(element('p', 'text-sm text-muted', part));
  item.appendChild(heading);
  const excerpt = element('p', 'mt-1');
  excerpt.appendChild(safeExcerpt(result.excerpt));
  item.appendChild(excerpt);
  const sections = result.sub_results.filter((sub) => sub.url !== result.url).slice(0, 3);
  if (sections.length > 0) {
    const list = element('ul', 'mt-2 space-y-1 border-l-2 border-line pl-3');
    for (const sub of sections) {
      const link = element('a', 'inline-block py-1', sub.title);
      link.href = sub.url;
      link.dataset['searchResult'] = '';
      const li = element('li', '');
      li.appendChild(link);
      list.appendChild(li);
    }
    item.appendChild(list);
  }
  return item;
}
