/**
 * The sitemap lists each page with the same page in the other language,
 * read from the hreflang links of the built page itself, so the sitemap
 * and the pages cannot disagree.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SitemapItem } from '@astrojs/sitemap';

const ALTERNATE = /<link rel="alternate" hreflang="([a-z-]+)" href="([^"]+)"/g;

export function sitemapAlternates(outDir: string, base: string) {
  return (item: SitemapItem): SitemapItem => {
    const path = new URL(item.url).pathname.slice(base.length);
    const file = join(outDir, path, 'index.html');
    if (!existsSync(file)) return item;
    const links = [...readFileSync(file, 'utf8').matchAll(ALTERNATE)].map(([, lang, url]) => ({ lang: lang!, url: url! }));
    return links.length > 0 ? { ...item, links } : item;
  };
}
