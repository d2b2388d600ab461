import { expect, test } from '@playwright/test';

// Records the theme at the moment <body> first exists, before anything is painted.
const recordThemeAtFirstPaint = () => {
  new MutationObserver((_, observer) => {
    if (document.body) {
      (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset['theme'] ?? 'none';
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

test('the theme follows the OS setting', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ colorScheme: 'dark', baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('basics/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  await context.close();
});

test('a chosen theme persists across pages without a flash of the other theme', { tag: '@subpath' }, async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(recordThemeAtFirstPaint);
  await page.goto('basics/');
  const toggle = page.getByRole('button', { name: 'Dark theme' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBackground).not.toBe(lightBackground);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'What helps' }).click();
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBackground);
  await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
  // Only the choice itself is stored.
  expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({ theme: 'dark' });
});

test('the theme button is in place from the first paint, so the page never moves under the reader', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  // How the button is displayed at the moment the parser inserts it, long
  // before the page has loaded: a button shown later would push the page down.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      const toggle = document.querySelector('[data-theme-toggle]');
      if (!toggle) return;
      (window as unknown as { toggleDisplay: string }).toggleDisplay = getComputedStyle(toggle).display;
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('basics/');
  expect(await page.evaluate(() => (window as unknown as { toggleDisplay: string }).toggleDisplay)).not.toBe('none');
  const shift = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => done(total), 500);
      }),
  );
  expect(shift, 'layout shift while the page loads').toBe(0);
});
