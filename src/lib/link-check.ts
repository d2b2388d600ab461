/**
 * Finds links in built pages that lead nowhere: a page the site does not
 * have, or an #anchor missing on its page; and images that show nothing: a
 * file the site does not have, or one outside its base path. Clinics paste
 * these links into emails, so the build stops on the first broken one.
 */

export interface BuiltPage {
  /** The page's address path, with the base: "/guide/basics/". */
  path: string;
  html: string;
}

export interface BrokenLink {
  page: string;
  /** A link (`<a href>`) or an image (`<img src>`). */
  kind: 'link' | 'image';
  /** Its address, as written in the page. */
  href: string;
  why: string;
}

const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] ?? ''));

/** Why `href`, on the page at `from`, leads nowhere; null when it resolves or goes to another site. */
function whyBroken(href: string, from: string, ids: Map<string, Set<string>>, otherFiles: Set<string>, base: string): string | null {
  const url = new URL(href, `https://site.invalid${from}`);
  if (url.origin !== 'https://site.invalid') return null; // another site, tel:, mailto:
  const path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) return `is outside the site's base path ${base}`;
  const onPage = ids.get(path);
  if (onPage === undefined) return otherFiles.has(path) ? null : 'goes to no page of this site';
  const anchor = decodeURIComponent(url.hash.slice(1));
  return anchor && !onPage.has(anchor) ? `has no #${anchor} on ${path}` : null;
}

/** Why the image `src`, on the page at `from`, shows nothing; null when it is a file of this site or on another site. */
function whyMissing(src: string, from: string, otherFiles: Set<string>, base: string): string | null {
  const url = new URL(src, `https://site.invalid${from}`);
  if (url.origin !== 'https://site.invalid') return null; // another site, data:
  const path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base)) return `is outside the site's base path ${base}`;
  return otherFiles.has(path) ? null : 'is no file of this site';
}

const unescape = (address: string) => address.replace(/&amp;/g, '&');

export function brokenLinks(pages: BuiltPage[], base: string, otherFiles: Set<string>): BrokenLink[] {
  const ids = new Map(pages.map((page) => [page.path, idsOf(page.html)]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const m of page.html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
      const href = unescape(m[1] ?? '');
      const why = whyBroken(href, page.path, ids, otherFiles, base);
      if (why) broken.push({ page: page.path, kind: 'link', href, why });
    }
    for (const m of page.html.matchAll(/<img\s(?:[^>]*?\s)?src="([^"]*)"/g)) {
      const src = unescape(m[1] ?? '');
      const why = whyMissing(src, page.path, otherFiles, base);
      if (why) broken.push({ page: page.path, kind: 'image', href: src, why });
    }
  }
  return broken;
}

/**
 * The published addresses ("/basics/#what-to-ask", without the base path, as
 * publishedAddresses reads them from their file) that the built site no
 * longer has. Clinics may have put any of them in an email.
 */
export function lostAddresses(addresses: readonly string[], pages: BuiltPage[], base: string): { address: string; why: string }[] {
  const ids = new Map(pages.map((page) => [page.path, idsOf(page.html)]));
  return addresses.flatMap((address) => {
    const why = whyBroken(`${base}${address.replace(/^\//, '')}`, base, ids, new Set(), base);
    return why ? [{ address, why }] : [];
  });
}
