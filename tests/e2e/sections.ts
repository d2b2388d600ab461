/** The sections of the built pages, read from their HTML, for the heading-link and clinic-kit tests. */
import type { APIRequestContext, Page } from '@playwright/test';
import { sitemapPaths } from './site';

export interface PageSections {
  /** Path relative to the base URL ("", "basics/"...). */
  path: string;
  /** The page says it is still being written. */
  draft: boolean;
  headings: { tag: string; id: string; text: string; inProse: boolean; copyHref: string | null; copyLabel: string | null }[];
}

/**
 * Every sitemap page's h2 and h3 in the main content (outside the page's
 * fixed parts: "In short", contents, related pages, sources), each with the
 * copy-link control beside it, if any. The HTML is fetched once and parsed in
 * the browser, which is much quicker than opening every page.
 */
export async function builtSections(page: Page, request: APIRequestContext, baseURL: string): Promise<PageSections[]> {
  const pages: { path: string; html: string }[] = [];
  for (const path of await sitemapPaths(request, baseURL)) {
    pages.push({ path, html: await (await request.get(path)).text() });
  }
  if (page.url() === 'about:blank') await page.goto('');
  return sectionsIn(page, pages);
}

/** The sections of pages whose HTML is already at hand, parsed in `page` (any page of the site). */
export function sectionsIn(page: Page, pages: { path: string; html: string }[]): Promise<PageSections[]> {
  return page.evaluate((pages) =>
    pages.map(({ path, html }) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      const headings = [...doc.querySelectorAll('main :is(h2, h3)')]
        .filter((el) => el.closest('.prose') || el.parentElement?.classList.contains('heading-wrap'))
        .map((el) => {
          const wrap = el.parentElement?.classList.contains('heading-wrap') ? el.parentElement : null;
          const control = wrap?.querySelector(':scope > a[data-copy-link]') ?? null;
          return {
            tag: el.tagName.toLowerCase(),
            id: el.id,
            text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
            inProse: el.closest('.prose') !== null,
            copyHref: control?.getAttribute('href') ?? null,
            // The control's name, as aria-labelledby puts it together.
            copyLabel: control
              ? (control.getAttribute('aria-labelledby') ?? '')
                  .split(/\s+/)
                  .map((id) => (doc.getElementById(id)?.textContent ?? '').replace(/\s+/g, ' ').trim())
                  .join(' ')
              : null,
          };
        });
      return { path, draft: doc.querySelector('[data-draft]') !== null, headings };
    }),
  pages);
}
