/**
 * Accessibility beyond what every-page.spec.ts checks on every page (axe in
 * light and dark, no sideways scrolling at 320 px, touch targets of at least
 * 24×24 px): the search dialog, a visible focus on every control, the order
 * of the header for the keyboard, and reduced motion respected.
 */
import { expect, test } from '@playwright/test';
import { axeViolations, colourViolations } from './axe';

test('the search page with results has no axe violations, in the light or the dark theme', async ({ page }) => {
  // The page as built has no results; these are drawn by script after the search, so they are checked here.
  await page.goto('search/?q=what%20if%20it%20does%20not%20work');
  await expect(page.locator('[data-search-result]').first()).toBeVisible();
  expect(await axeViolations(page), 'light').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The themes differ in their colours alone: in the dark, only the colour rules can find anything new.
  expect(await colourViolations(page), 'dark').toEqual([]);
});

test('the search dialog has no axe violations', async ({ page }) => {
  await page.goto('basics/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await dialog.getByRole('searchbox').fill('hope');
  await expect(dialog.locator('[data-search-result]').first()).toBeVisible();
  expect(await axeViolations(page, 'dialog')).toEqual([]);
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

const HEADER_STOPS = {
  'basics/': ['Skip to main content', 'What Success Looks Like', 'Español', 'Search', 'Theme: automatic', 'The basics', 'What success looks like', 'What helps', 'Family and friends'],
  'es/conceptos-basicos/': ['Ir al contenido', 'What Success Looks Like', 'English', 'Buscar', 'Tema: automático', 'Lo básico', 'Cómo se ve el éxito', 'Qué ayuda', 'Familia y amigos'],
};

for (const [path, expected] of Object.entries(HEADER_STOPS)) {
  test(`the keyboard reaches the header of /${path} in reading order: skip link, home, language, search, theme, the four parts`, async ({ page }) => {
    await page.goto(path);
    const stops: string[] = [];
    for (let i = 0; i < expected.length; i++) {
      await page.keyboard.press('Tab');
      stops.push(await page.evaluate(() => (document.activeElement as HTMLElement).innerText.trim().replace(/\s+/g, ' ')));
    }
    expect(stops).toEqual(expected);
  });
}

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
