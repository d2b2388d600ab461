import { expect, test, type Page } from '@playwright/test';

// Records the theme at the moment <body> first exists, before anything is painted.
const recordThemeAtFirstPaint = () => {
  new MutationObserver((_, observer) => {
    if (document.body) {
      (window as unknown as { themeAtBody: string }).themeAtBody = document.documentElement.dataset['theme'] ?? 'none';
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
};

/** The theme button, named by the choice in force. */
const themeButton = (page: Page) => page.getByRole('button', { name: /^Theme: / });

test('the theme follows the OS setting', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ colorScheme: 'dark', baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('basics/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(themeButton(page)).toHaveAccessibleName('Theme: automatic');
  await context.close();
});

test('the theme button goes from automatic to light, to dark and back, and automatic follows the device as it changes', { tag: '@subpath' }, async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('basics/');
  const html = page.locator('html');
  const button = themeButton(page);
  await expect(button).toHaveAccessibleName('Theme: automatic');
  await expect(html).toHaveAttribute('data-theme', 'light');
  // The device turns dark (at sunset, say) while the page is open.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');

  await button.click();
  await expect(button).toHaveAccessibleName('Theme: light');
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({ theme: 'light' });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'light'); // a chosen theme stays put

  await button.click();
  await expect(button).toHaveAccessibleName('Theme: dark');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'dark');

  // Back to following the device, on this page and the next.
  await button.click();
  await expect(button).toHaveAccessibleName('Theme: automatic');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.reload();
  await expect(button).toHaveAccessibleName('Theme: automatic');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveAttribute('data-theme', 'dark');
  // Only the choice itself is stored.
  expect(await page.evaluate(() => ({ ...localStorage }))).toEqual({ theme: 'system' });
});

test('the theme button shows the reader’s choice from the first paint, with one icon and one name', async ({ page }) => {
  await page.addInitScript(() => {
    localStorage.setItem('theme', 'dark');
    // What the button shows at the moment <body> first exists, before anything is painted.
    new MutationObserver((_, observer) => {
      const button = document.querySelector('[data-theme-toggle]');
      if (!button || button.querySelectorAll('[data-choice]').length < 6) return; // not all parsed yet
      // Each choice has an icon and a name: those of one choice only are shown.
      (window as unknown as { shownAtFirst: string[] }).shownAtFirst = Array.from(button.querySelectorAll<HTMLElement | SVGElement>('[data-choice]'))
        .filter((part) => getComputedStyle(part).display !== 'none')
        .map((part) => part.dataset['choice']!);
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('basics/');
  expect(await page.evaluate(() => (window as unknown as { shownAtFirst: string[] }).shownAtFirst)).toEqual(['dark', 'dark']);
  await expect(themeButton(page)).toHaveAccessibleName('Theme: dark');
});

test('the theme button keeps the header as short as before on a phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('basics/');
  const button = themeButton(page);
  const box = (await button.boundingBox())!;
  // A square touch target of 44 px, on the same row as the search button.
  expect(Math.round(box.height)).toBe(44);
  expect(box.width).toBeLessThanOrEqual(48);
  const search = (await page.getByRole('link', { name: 'Search', exact: true }).boundingBox())!;
  expect(Math.round(box.y)).toBe(Math.round(search.y));
});

test('a chosen theme persists across pages without a flash of the other theme', { tag: '@subpath' }, async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(recordThemeAtFirstPaint);
  await page.goto('basics/');
  const toggle = themeButton(page);
  await expect(toggle).toHaveAccessibleName('Theme: automatic');
  const lightBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await toggle.click(); // light, as the device is
  await toggle.click();
  await expect(toggle).toHaveAccessibleName('Theme: dark');
  const darkBackground = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(darkBackground).not.toBe(lightBackground);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'What helps' }).click();
  await expect(page.locator('h1')).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(darkBackground);
  await expect(themeButton(page)).toHaveAccessibleName('Theme: dark');
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
    // Every layout shift from the start of the page, delivered or still queued when asked.
    let total = 0;
    const add = (entries: PerformanceEntryList) => entries.forEach((entry) => (total += (entry as unknown as { value: number }).value));
    const shifts = new PerformanceObserver((list) => add(list.getEntries()));
    shifts.observe({ type: 'layout-shift', buffered: true });
    (window as unknown as { layoutShift: () => number }).layoutShift = () => (add(shifts.takeRecords()), total);
  });
  await page.goto('basics/');
  expect(await page.evaluate(() => (window as unknown as { toggleDisplay: string }).toggleDisplay)).not.toBe('none');
  // Loaded, then two frames: the second begins once the first frame after
  // loading has been laid out and its shifts recorded.
  const shift = await page.evaluate(
    () =>
      new Promise<number>((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => done((window as unknown as { layoutShift: () => number }).layoutShift()))),
      ),
  );
  expect(shift, 'layout shift while the page loads').toBe(0);
});
