/**
 * Every page path the site builds, worked out from the content folders before
 * anything is rendered, so that a Markdown link to a page that does not exist
 * can stop the build.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathOf, type CollectionName } from './navigation';

/** Routes that are code, not content. */
export const CODE_ROUTES = ['/search/'];

export function siteRoutes(contentDir: string): Set<string> {
  const routes = new Set(CODE_ROUTES);
  for (const collection of ['pages', 'dimensions', 'factors'] as const satisfies readonly CollectionName[]) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)) {
      if (file.endsWith('.md') || file.endsWith('.mdx')) routes.add(pathOf({ collection, id: basename(file).replace(/\.mdx?$/, '') }));
    }
  }
  return routes;
}

/** The page part of a root-relative link, or null for links that leave the site or stay on the page. */
export function linkedPage(href: string): string | null {
  if (!href.startsWith('/') || href.startsWith('//')) return null;
  return href.split(/[?#]/)[0] ?? null;
}
