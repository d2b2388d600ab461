/**
 * What search engines find when they ask the server: robots.txt pointing to
 * the sitemap, and a helpful 404 page. What every page's HTML says about
 * itself (canonical address, link-preview tags and images, schema.org data)
 * is read from the built files: tests/built/link-previews.test.ts and
 * structured-data.test.ts.
 */
import { expect, test } from '@playwright/test';

test('robots.txt points to the sitemap under the base path', { tag: '@subpath' }, async ({ request, baseURL }) => {
  const robots = await (await request.get('robots.txt')).text();
  const sitemap = robots.match(/^Sitemap: (.+)$/m)?.[1];
  expect(new URL(sitemap!).pathname).toBe(`${new URL(baseURL!).pathname}sitemap-index.xml`);
});

test('a missing page answers 404 with search and the main parts', { tag: '@subpath' }, async ({ page }) => {
  const response = await page.goto('no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('h1')).toHaveText('We could not find that page');
  await expect(page.getByRole('searchbox', { name: 'Search the guide' })).toBeVisible();
  await expect(page.getByRole('main').getByRole('link', { name: 'What helps' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search the guide' }).fill('hope');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(page).toHaveURL(/search\/\?q=hope/);
});
