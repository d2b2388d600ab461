/**
 * The built site as files: the pages its sitemap lists, each with its HTML
 * parsed once, read from the output folder of `npm run build` (OUT_DIR, as
 * the browser tests serve it) or of `npm run build:guide` beside it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ELEMENT_NODE, parse, TEXT_NODE, type ElementNode, type Node } from 'ultrahtml';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import { decodeEntities } from '../../src/lib/page-facts';

/** The root build, and the one under /guide/ that `npm run build:guide` writes beside it. */
export const ROOT_BUILD = process.env['OUT_DIR'] ?? 'dist';
export const GUIDE_BUILD = `${ROOT_BUILD}-guide`;

export interface BuiltPage {
  /** Path relative to the site's base, as a reader's address ends: "", "basics/", "es/exito/". */
  path: string;
  /** The language the page says it is in (`<html lang>`). */
  lang: string;
  html: string;
  doc: Node;
}

export interface BuiltSite {
  dir: string;
  /** The base path the site was built for: "/" or "/guide/". */
  base: string;
  pages: BuiltPage[];
  /** A page by its path relative to the base; fails the test when the site has no such page. */
  page: (path: string) => BuiltPage;
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);

const read = new Map<string, BuiltSite>();

/**
 * Every page the sitemap of the build in `dir` lists, so that a page added to
 * the site is checked without naming it here. Each build is read and parsed
 * once, however many test files ask for it.
 */
export function builtSite(dir: string = ROOT_BUILD): BuiltSite {
  let site = read.get(dir);
  if (!site) read.set(dir, (site = readSite(dir)));
  return site;
}

function readSite(dir: string): BuiltSite {
  const index = join(dir, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`${index} is missing: run \`npm run build\` (and \`npm run build:guide\`) first, with the same OUT_DIR`);
  const sitemaps = locs(readFileSync(index, 'utf8'));
  // The sitemaps sit at the site's base, as its pages do.
  const base = sitemaps[0]!.replace(/[^/]*$/, '');
  const pageAt = (path: string): BuiltPage => {
    const html = readFileSync(join(dir, path, 'index.html'), 'utf8');
    const doc = parse(html);
    return { path, lang: (querySelector(doc, 'html') as ElementNode | null)?.attributes['lang'] ?? '', html, doc };
  };
  const pages = sitemaps.flatMap((sitemap) => locs(readFileSync(join(dir, sitemap.slice(base.length)), 'utf8'))).map((path) => pageAt(path.slice(base.length)));
  const byPath = new Map(pages.map((page) => [page.path, page]));
  return {
    dir,
    base,
    pages,
    page: (path) => {
      const page = byPath.get(path);
      if (!page) throw new Error(`the sitemap lists no /${path}`);
      return page;
    },
  };
}

/** Elements within which text runs on in the same line; every other element starts a line of its own. */
const INLINE = new Set(['a', 'abbr', 'b', 'cite', 'code', 'em', 'i', 'kbd', 'mark', 'q', 's', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u']);

/**
 * The words of an element as a reader's browser lays them out: every block
 * on a line of its own, nothing from scripts, styles, `<noscript>` (not
 * shown while scripts run) or elements marked `hidden`. Text that only
 * screen readers get is kept: they read it out.
 */
export function textIn(node: Node | null): string {
  const parts: string[] = [];
  const visit = (n: Node) => {
    if (n.type === TEXT_NODE) parts.push(decodeEntities(n.value));
    else if (n.type === ELEMENT_NODE) {
      const el = n as ElementNode;
      if (['script', 'style', 'template', 'noscript'].includes(el.name) || 'hidden' in el.attributes) return;
      const block = !INLINE.has(el.name);
      if (block) parts.push('\n');
      el.children.forEach(visit);
      if (block) parts.push('\n');
    } else if ('children' in n) (n.children as Node[]).forEach(visit);
  };
  if (node) visit(node);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The value of an attribute of the first element `selector` finds, or null. */
export function attributeOf(page: BuiltPage, selector: string, attribute: string): string | null {
  const el = querySelector(page.doc, selector) as ElementNode | null;
  return el?.attributes[attribute] ?? null;
}

/** The elements matching any of the selectors. (The selector engine takes one compound selector at a time.) */
export function elementsIn(page: BuiltPage, ...selectors: string[]): ElementNode[] {
  return [...new Set(selectors.flatMap((selector) => querySelectorAll(page.doc, selector) as ElementNode[]))];
}
