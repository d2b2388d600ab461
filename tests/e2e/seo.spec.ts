/**
 * What search engines and link previews see: canonical URLs, Open Graph and
 * Twitter tags with a real preview image for every page, schema.org data,
 * robots.txt and the sitemap, and a helpful 404 page.
 */
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site';

const PNG_SIGNATURE = '89504e470d0a1a0a';

test('every page has a canonical URL, link-preview tags and its own preview image', { tag: '@subpath' }, async ({ page, request, baseURL }) => {
  const base = new URL(baseURL!);
  const images = new Set<string>();
  for (const path of await sitemapPaths(request, baseURL!)) {
    await page.goto(path);
    const meta = (selector: string) => page.locator(selector).first().getAttribute('content');
    const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
    expect(new URL(canonical!).pathname, `/${path} canonical`).toBe(`${base.pathname}${path}`);
    expect(await meta('meta[property="og:url"]')).toBe(canonical);
    expect((await meta('meta[property="og:title"]'))?.length, `/${path} og:title`).toBeGreaterThan(3);
    expect(await meta('meta[property="og:description"]')).toBe(await meta('meta[name="description"]'));
    expect(await meta('meta[name="twitter:card"]')).toBe('summary_large_image');
    const image = await meta('meta[property="og:image"]');
    expect(await meta('meta[name="twitter:image"]')).toBe(image);
    expect((await meta('meta[property="og:image:alt"]'))?.length).toBeGreaterThan(5);
    images.add(new URL(image!).pathname.slice(base.pathname.length));
  }
  for (const image of images) {
    const response = await request.get(image);
    expect(response.ok(), `${image} is served`).toBe(true);
    const bytes = await response.body();
    expect(bytes.subarray(0, 8).toString('hex'), `${image} is a PNG`).toBe(PNG_SIGNATURE);
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], `${image} is 1200×630`).toEqual([1200, 630]);
  }
  expect(images.size, 'content pages have their own preview images').toBeGreaterThan(15);
});

test('explainer pages describe themselves as medical web pages with their review date and readers', async ({ page }) => {
  for (const path of ['', 'basics/', 'success/relationships/', 'factors/support/', 'disclaimer/']) {
    await page.goto(path);
    const json = await page.locator('script[type="application/ld+json"]').textContent();
    const data = JSON.parse(json!);
    expect(data['@type']).toBe('MedicalWebPage');
    expect(data.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(page.locator('[data-review-dates] time').first()).toHaveAttribute('datetime', data.lastReviewed);
    expect(data.audience.length).toBeGreaterThan(0);
    expect(data.name).toBe(await page.locator('h1').textContent());
  }
});

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
