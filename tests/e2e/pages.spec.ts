import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site';

// One h1, a title, the help strip and the disclaimer link on every page: every-page.spec.ts.
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

