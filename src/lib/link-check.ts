/**
 * Finds links in built pages that lead nowhere: a page the site does not
 * have, or an #anchor missing on its page. Clinics paste these links into
 * emails, so the build stops on the first broken one.
 */

export interface BuiltPage {
  /** The page's address path, with the base: "/guide/basics/". */
  path: string;
  html: string;
}

export interface BrokenLink {
  page: string;
  href: string;
  why: string;
}

const idsOf = (html: string) => new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));

export function brokenLinks(pages: BuiltPage[], base: string, otherFiles: Set<string>): BrokenLink[] {
  const byPath = new Map(pages.map((page) => [page.path, idsOf(page.html)]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const m of page.html.matchAll(/<a\s[^>]*?href="([^"]*)"/g)) {
      const href = (m[1] ?? '').replace(/&amp;/g, '&');
      const url = new URL(href, `https://site.invalid${page.path}`);
      if (url.origin !== 'https://site.invalid') continue; // another site, tel:, mailto:
      const path = decodeURIComponent(url.pathname);
      if (!path.startsWith(base)) {
        broken.push({ page: page.path, href, why: `is outside the site's base path ${base}` });
        continue;
      }
      const ids = byPath.get(path);
      if (ids === undefined) {
        if (!otherFiles.has(path)) broken.push({ page: page.path, href, why: 'goes to no page of this site' });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && !ids.has(anchor)) broken.push({ page: page.path, href, why: `has no #${anchor} on ${path}` });
    }
  }
  return broken;
}
