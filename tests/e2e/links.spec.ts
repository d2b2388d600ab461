/**
 * Every internal link and #anchor on every page resolves, at the root and
 * under a sub-path. Clinics put these links in emails, so a broken one is a
 * broken promise.
 */
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site';

test('every internal link and anchor resolves', { tag: '@subpath' }, async ({ page, request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const targets = new Map<string, Set<string>>(); // page URL -> anchors linked on it
  const linkedFrom = new Map<string, string>();
  for (const path of await sitemapPaths(request, baseURL!)) {
    await page.goto(path);
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      const key = `${url.origin}${url.pathname}`;
      if (!targets.has(key)) targets.set(key, new Set());
      if (url.hash) targets.get(key)!.add(decodeURIComponent(url.hash.slice(1)));
      if (!linkedFrom.has(`${key}${url.hash}`)) linkedFrom.set(`${key}${url.hash}`, `/${path}`);
    }
  }
  const broken: string[] = [];
  for (const [url, anchors] of targets) {
    const response = await request.get(url);
    if (!response.ok()) {
      broken.push(`${url} answers ${response.status()} (linked from ${linkedFrom.get(url)})`);
      continue;
    }
    const html = await response.text();
    const ids = new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]));
    for (const anchor of anchors) {
      if (!ids.has(anchor)) broken.push(`${url}#${anchor} has no such anchor (linked from ${linkedFrom.get(`${url}#${anchor}`)})`);
    }
  }
  expect(targets.size, 'pages link to each other').toBeGreaterThan(5);
  expect(broken).toEqual([]);
});
