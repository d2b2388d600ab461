import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site';

test('every page in the sitemap answers with one h1 and a title', async ({ page, request, baseURL }) => {
  const paths = await sitemapPaths(request, baseURL!);
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), `${path} answers 200`).toBe(200);
    await expect(page.locator('h1'), `${path} has exactly one h1`).toHaveCount(1);
    expect((await page.title()).trim().length, `${path} has a title`).toBeGreaterThan(5);
  }
});

test('the sitemap lists every page of the guide', { tag: '@subpath' }, async ({ request, baseURL }) => {
  const paths = await sitemapPaths(request, baseURL!);
  for (const expected of ['', 'basics/', 'success/', 'success/hope/', 'factors/', 'factors/engagement/', 'support/', 'clinics/', 'measuring/', 'journal/', 'disclaimer/', 'sources/', 'search/']) {
    expect(paths, `sitemap lists /${expected}`).toContain(expected);
  }
});

test('the main navigation reaches the four parts of the guide', { tag: '@subpath' }, async ({ page }) => {
  await page.goto('');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const parts = [
    ['The basics', 'basics/'],
    ['What success looks like', 'success/'],
    ['What helps', 'factors/'],
    ['Family and friends', 'support/'],
  ] as const;
  for (const [name, path] of parts) {
    await nav.getByRole('link', { name }).click();
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.locator('h1')).toBeVisible();
    await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'true');
  }
});

test('the skip link moves keyboard focus to the main content', async ({ page }) => {
  await page.goto('basics/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main#main')).toBeFocused();
  // The next Tab goes on from the main content, not back to the header.
  await page.keyboard.press('Tab');
  const inMain = await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement));
  expect(inMain).toBe(true);
});

test('every page shows how to get help now and links the disclaimer', async ({ page, request, baseURL }) => {
  for (const path of await sitemapPaths(request, baseURL!)) {
    await page.goto(path);
    const help = page.getByRole('complementary', { name: 'Help now', exact: true });
    await expect(help.getByRole('link', { name: 'Call 988', exact: true }), `${path} help strip`).toHaveAttribute('href', 'tel:988');
    // A tel: link cannot send a text message: texting the Lifeline needs its own sms: link.
    await expect(help.getByRole('link', { name: 'Text 988', exact: true }), `${path} help strip`).toHaveAttribute('href', 'sms:988');
    await expect(help.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    await expect(page.getByRole('contentinfo').getByRole('link', { name: /disclaimer/i }).first()).toBeVisible();
  }
});
