/** The sections of a built page, read from its HTML, for the heading-link and clinic-kit checks. */
import { ELEMENT_NODE, TEXT_NODE, walkSync, type ElementNode, type Node } from 'ultrahtml';
import { elementsIn, type BuiltPage } from './site';

export interface Section {
  tag: string;
  id: string;
  /** The heading's words, as its text content. */
  text: string;
  /** The href of the copy-link control beside it, if any. */
  copyHref: string | null;
  /** The control's name, as its aria-labelledby puts it together. */
  copyLabel: string | null;
}

/** All the text inside a node, hidden or not (an element's textContent), with spaces collapsed. */
export function textContentOf(node: Node | undefined): string {
  const parts: string[] = [];
  const visit = (n: Node) => {
    if (n.type === TEXT_NODE) parts.push(n.value);
    else if ('children' in n) (n.children as Node[]).forEach(visit);
  };
  if (node) visit(node);
  return parts.join('').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
}

const hasClass = (node: Node | undefined, name: string): node is ElementNode =>
  node?.type === ELEMENT_NODE && (node as ElementNode).attributes['class']?.split(/\s+/).includes(name) === true;

function within(node: Node, test: (el: ElementNode) => boolean): boolean {
  for (let at = node.parent as Node | undefined; at; at = at.parent as Node | undefined) {
    if (at.type === ELEMENT_NODE && test(at as ElementNode)) return true;
  }
  return false;
}

/**
 * The h2 and h3 of a page's main content (its words, and headings written in
 * components with a copy-link control), outside its fixed parts ("In short",
 * contents, related pages, sources), in document order.
 */
export function sectionsOf(page: BuiltPage): Section[] {
  const byId = idsOf(page);
  return elementsIn(page, 'main h2', 'main h3')
    .sort((a, b) => a.loc[0]!.start - b.loc[0]!.start)
    .filter((el) => within(el, (a) => hasClass(a, 'prose')) || hasClass(el.parent, 'heading-wrap'))
    .map((el) => {
      const wrap = hasClass(el.parent, 'heading-wrap') ? el.parent : null;
      const control = (wrap?.children ?? []).find(
        (child): child is ElementNode => child.type === ELEMENT_NODE && (child as ElementNode).name === 'a' && 'data-copy-link' in (child as ElementNode).attributes,
      );
      return {
        tag: el.name,
        id: el.attributes['id'] ?? '',
        text: textContentOf(el),
        copyHref: control?.attributes['href'] ?? null,
        copyLabel: control
          ? (control.attributes['aria-labelledby'] ?? '')
              .split(/\s+/)
              .map((id) => textContentOf(byId.get(id)))
              .join(' ')
          : null,
      };
    });
}

/** Every element of a page with an id, by its id: one walk, where a query per id would walk the page each time. */
function idsOf(page: BuiltPage): Map<string, ElementNode> {
  const ids = new Map<string, ElementNode>();
  walkSync(page.doc, (node) => {
    const id = node.type === ELEMENT_NODE ? (node as ElementNode).attributes['id'] : undefined;
    if (id && !ids.has(id)) ids.set(id, node as ElementNode);
  });
  return ids;
}

/** The page says it is still being written. */
export const isDraft = (page: BuiltPage): boolean => elementsIn(page, '[data-draft]').length > 0;
