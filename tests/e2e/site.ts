/** Helpers shared by the end-to-end tests: the built site's pages, as a reader reaches them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type APIRequestContext, type Page } from '@playwright/test';

/**
 * The pages of the build under test, read from its sitemap file when the
 * tests are collected, so that a check can be one test per page. Paths are
 * relative to the base ("", "basics/"...). OUT_DIR is the one the tests serve.
 */
export function builtPaths(): string[] {
  const dir = process.env['OUT_DIR'] ?? 'dist';
  const xml = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname.slice(1));
}

/** Every page the sitemap lists, as paths relative to the project's base URL ("", "basics/"...). */
export async function sitemapPaths(request: APIRequestContext, baseURL: string): Promise<string[]> {
  const base = new URL(baseURL);
  const index = await request.get('sitemap-index.xml');
  expect(index.ok(), 'sitemap-index.xml is served').toBe(true);
  const sitemaps = [...(await index.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const paths: string[] = [];
  for (const sitemap of sitemaps) {
    const response = await request.get(relativeTo(base, sitemap));
    expect(response.ok(), `${sitemap} is served`).toBe(true);
    for (const m of (await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)) paths.push(relativeTo(base, m[1]!));
  }
  expect(paths.length, 'the sitemap lists pages').toBeGreaterThan(0);
  return paths;
}

/** A sitemap URL (on the production origin) as a path under this server's base. */
function relativeTo(base: URL, absolute: string): string {
  const path = new URL(absolute).pathname;
  expect(path.startsWith(base.pathname), `${absolute} is under ${base.pathname}`).toBe(true);
  return path.slice(base.pathname.length);
}

/** Collects console errors and failed requests so that a test can assert there were none. */
export function watchForErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  return problems;
}

/**
 * Errors the page logs or throws; a policy a browser cannot use as written
 * (a directive a meta tag cannot carry, say) is logged as one. Failed
 * requests are left out: leaving a page can cancel its favicon fetch.
 */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  return problems;
}

/**
 * Opens `path` and waits until it is ready: loaded (every script a page asks
 * for in its HTML has run by then) and, on /search/, the search page mounted
 * by the module it imports.
 */
export async function openReady(page: Page, path: string) {
  const response = await page.goto(path);
  if (path === 'search/') await page.locator('[data-search-results] [role="status"]').waitFor({ state: 'attached' });
  return response;
}
