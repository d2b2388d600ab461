/**
 * What a built page says about itself, read from its HTML: the reading text
 * a reader meets (the "In short" points and the body, not the frame) and how
 * easy it is by the measure of the page's language (`<html lang>`), its
 * review dates, how many sources it cites and whether "In short" comes
 * first. The tests hold every page to limits with these figures, and the
 * /quality/ page publishes the same figures, so the page cannot claim a
 * check that the tests do not make.
 */
import { ELEMENT_NODE, parse, TEXT_NODE, type ElementNode } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import { DEFAULT_LANG, isLang, type Lang } from './i18n/languages';
import { readabilityOf, type Readability } from './readability';

type Node = ReturnType<typeof querySelector>;

/** The blocks a reader reads as sentences: "In short" points, and the body's paragraphs, list items, headings and cells. */
const READING_BLOCKS = ['section[aria-labelledby="in-short"] li', '.prose :is(p, li, h2, h3, td, th)'];
/** A part of the body that is data, not prose (the /quality/ table itself): no reading grade. */
const NOT_PROSE = 'data-reading-skip';

/** The named entities a built page uses; numeric ones are decoded by number. */
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
/** A text node's words with its character references written out, as a browser shows them. */
export const decodeEntities = (text: string) =>
  text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) => {
    if (/^#x/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });

/** The text of a node as a reader sees it: visible words only, spaces collapsed. */
export function textOf(node: Node): string {
  const parts: string[] = [];
  const visit = (n: Node) => {
    if (n.type === TEXT_NODE) parts.push(decodeEntities(n.value as string));
    else if (n.type === ELEMENT_NODE) {
      const el = n as ElementNode;
      if (el.name === 'script' || el.name === 'style' || 'hidden' in el.attributes || /\bsr-only\b/.test(el.attributes['class'] ?? '')) return;
      // The copy-link control beside a heading shows only "#".
      if ('data-copy-link' in el.attributes) return;
      if (el.name === 'br') parts.push(' ');
      el.children.forEach(visit);
    } else if ('children' in n) (n.children as Node[]).forEach(visit);
  };
  visit(node);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * The elements matching any of the selectors, in document order. (The
 * selector engine takes one complex selector at a time, not a list.)
 */
function queryAll(root: Node, selectors: readonly string[]): Node[] {
  const found = new Set(selectors.flatMap((selector) => querySelectorAll(root, selector)));
  return [...found].sort((a, b) => a.loc[0].start - b.loc[0].start);
}

const inside = (node: Node, test: (el: ElementNode) => boolean): boolean => {
  for (let at = node.parent as Node | undefined; at; at = at.parent as Node | undefined) {
    if (at.type === ELEMENT_NODE && test(at as ElementNode)) return true;
  }
  return false;
};

/** A list item that holds paragraphs or a list is read through those, not twice. */
const holdsBlocks = (node: Node): boolean =>
  ((node.children ?? []) as Node[]).some((child) => child.type === ELEMENT_NODE && (['p', 'li'].includes((child as ElementNode).name) || holdsBlocks(child)));

/** The reading text of a page as blocks, each block a sentence or more. */
export function readingBlocks(html: string): string[] {
  return blocksOf(parse(html) as Node);
}

function blocksOf(doc: Node): string[] {
  return queryAll(doc, READING_BLOCKS)
    .filter((el) => !holdsBlocks(el) && !inside(el, (a) => NOT_PROSE in a.attributes))
    .map(textOf)
    .filter(Boolean);
}

export interface PageFacts {
  title: string;
  /** The page's language, from `<html lang>`: it decides how readability is measured. */
  lang: Lang;
  /** How easy the reading text is, by the page's language's measure: a grade in English, INFLESZ in Spanish (readsEasily says whether it passes). */
  readability: Readability;
  words: number;
  /** ISO dates, as in the page's review dates. */
  lastReviewed: string;
  nextReview: string;
  /** References listed under "Sources used on this page". */
  sources: number;
  /** The "In short" box comes before the body's first words. */
  inShortFirst: boolean;
}

/** The language a page declares on `<html lang>` ("es", "es-US"), or English when it declares none the guide is written in. */
function langOf(doc: Node): Lang {
  const declared = (querySelector(doc, 'html') as ElementNode | null)?.attributes['lang']?.split('-')[0]?.toLowerCase();
  return isLang(declared) ? declared : DEFAULT_LANG;
}

/** The figures of an explainer page, or null for a page that is a tool (search, 404) with no review dates. */
export function pageFacts(html: string): PageFacts | null {
  const doc = parse(html) as Node;
  const dates = querySelectorAll(doc, '[data-review-dates] time').map((time) => (time as ElementNode).attributes['datetime'] ?? '');
  if (dates.length !== 2) return null;
  const lang = langOf(doc);
  const readability = readabilityOf(blocksOf(doc), lang);
  const body = querySelector(doc, '[data-pagefind-body]');
  const order = body ? queryAll(body, ['section[aria-labelledby="in-short"]', '.prose']) : [];
  const first = order[0] as ElementNode | undefined;
  return {
    title: querySelector(doc, 'h1') ? textOf(querySelector(doc, 'h1')) : '',
    lang,
    readability,
    words: readability.words,
    lastReviewed: dates[0]!,
    nextReview: dates[1]!,
    sources: querySelectorAll(doc, 'section[aria-labelledby="page-sources"] li').length,
    inShortFirst: first?.attributes['aria-labelledby'] === 'in-short',
  };
}
