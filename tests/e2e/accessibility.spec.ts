/**
 * Accessibility of every page: axe (WCAG 2.2 A/AA and best practice) in light
 * and dark, no sideways scrolling at 320 px, touch targets of at least
 * 24×24 px, a visible focus on every control, and reduced motion respected.
 */
import { expect, test } from '@playwright/test';
import { axeViolations } from './axe';
import { builtPaths, sitemapPaths } from './site';

for (const path of builtPaths()) {
  test(`axe finds no violations on /${path} in the light or the dark theme`, async ({ page }) => {
    const found: string[] = [];
    // Each theme as a reader whose phone is set to it first sees the page.
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
      found.push(...(await axeViolations(page)).map((violation) => `${colorScheme}: ${violation}`));
    }
    expect(found).toEqual([]);
  });
}

test('the search dialog has no axe violations', async ({ page }) => {
  await page.goto('basics/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await dialog.getByRole('searchbox').fill('hope');
  await expect(dialog.locator('[data-search-result]').first()).toBeVisible();
  expect(await axeViolations(page, 'dialog')).toEqual([]);
});

test('at 320 px wide no page scrolls sideways', async ({ page, request, baseURL }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  const wide: string[] = [];
  for (const path of await sitemapPaths(request, baseURL!)) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) wide.push(`/${path} is ${width}px wide`);
  }
  expect(wide).toEqual([]);
});

test('controls are at least 24×24 px, except links inside sentences', async ({ page, request, baseURL }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const small: string[] = [];
  for (const path of await sitemapPaths(request, baseURL!)) {
    await page.goto(path);
    const found = await page.evaluate(() =>
      Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary'))
        .filter((el) => el.offsetParent !== null && getComputedStyle(el).display !== 'inline')
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        // A 1×1 box is visually hidden (screen-reader-only) and not something to tap.
        .filter(({ box }) => box.width > 1 && (box.width < 24 || box.height < 24))
        .map(({ el, box }) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`),
    );
    small.push(...found.map((text) => `/${path}: ${text}`));
  }
  expect(small).toEqual([]);
});

test('every control shows a visible focus ring when reached by keyboard', async ({ page }) => {
  for (const path of ['', 'success/relationships/', 'search/']) {
    await page.goto(path);
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return { name: `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 30)}`, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      if (focus === null) break;
      expect(focus.outline, `/${path}: ${focus.name} has a visible focus ring`).toBe(true);
    }
  }
});

test('the keyboard reaches the header in reading order: skip link, home, search, theme, the four parts', async ({ page }) => {
  await page.goto('basics/');
  const stops: string[] = [];
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    stops.push(await page.evaluate(() => (document.activeElement as HTMLElement).innerText.trim().replace(/\s+/g, ' ')));
  }
  expect(stops).toEqual([
    'Skip to main content',
    'What Success Looks Like',
    'Search',
    'Theme: automatic',
    'The basics',
    'What success looks like',
    'What helps',
    'Family and friends',
  ]);
});

test('with reduced motion nothing animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('success/');
  const moving = await page.evaluate(() =>
    Array.from(document.querySelectorAll('*'))
      .map((el) => getComputedStyle(el))
      .filter((style) => parseFloat(style.transitionDuration) > 0.01 || parseFloat(style.animationDuration) > 0.01).length,
  );
  expect(moving).toBe(0);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).not.toBe('smooth');
});
