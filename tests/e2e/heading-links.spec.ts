/**
 * Every h2 and h3 of an article has a stable id and a copy-link control
 * beside it (checked on every page by every-page.spec.ts): named for screen
 * readers, shown on hover and on keyboard focus, copying the section's full
 * address, and saying "Link copied" (in the page's language). Without
 * JavaScript it is still a link to the section.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const SECTION = 'support/';
const HEADING_ID = 'during-an-infusion';

const control = (page: Page, id: string) => page.locator(`.heading-wrap:has(> #${id}) > a[data-copy-link]`);
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

/** Presses Tab from the top of the page until the target has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 200; presses++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error('Tab never reached the control');
}

test('the control appears on hover and on keyboard focus, and is hidden otherwise', async ({ page }) => {
  await page.goto(SECTION);
  const link = control(page, HEADING_ID);
  await expect(link).toHaveAccessibleName('Copy link to section: During an infusion');
  await expect(link).toHaveCSS('opacity', '0');
  await page.locator(`#${HEADING_ID}`).hover();
  await expect(link).toHaveCSS('opacity', '1');
  await page.mouse.move(0, 0);
  await expect(link).toHaveCSS('opacity', '0');
  // Keyboard: Tab reaches the control, which then shows.
  await tabTo(page, link);
  await expect(link).toBeFocused();
  await expect(link).toHaveCSS('opacity', '1');
  const box = await link.boundingBox();
  expect(box!.width, 'target at least 24 px wide').toBeGreaterThanOrEqual(24);
  expect(box!.height, 'target at least 24 px high').toBeGreaterThanOrEqual(24);
});

test('a click copies the section’s full address and says "Link copied"', { tag: '@subpath' }, async ({ page, baseURL }) => {
  // Arrive with a query and another hash: the copied address is the section's alone.
  await page.goto(`${SECTION}?from=email#before-treatment`);
  const status = page.locator('[data-copy-status]');
  await expect(status).toHaveAttribute('role', 'status');
  await expect(status).toBeEmpty();
  await page.locator(`#${HEADING_ID}`).hover();
  await control(page, HEADING_ID).click();
  await expect(status).toHaveText('Link copied');
  expect(await clipboard(page)).toBe(new URL(`${SECTION}#${HEADING_ID}`, baseURL).href);
  // Copying does not move the reader.
  expect(new URL(page.url()).hash).toBe('#before-treatment');
});

test('the keyboard copies too: Tab to the control, then Enter', async ({ page, baseURL }) => {
  await page.goto('basics/');
  await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));
  const id = 'is-ketamine-a-cure';
  await tabTo(page, control(page, id));
  await expect(control(page, id)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-copy-status]')).toHaveText('Link copied');
  expect(await clipboard(page)).toBe(new URL(`basics/#${id}`, baseURL).href);
});

test('on a Spanish page the control is named, and says it copied, in Spanish', async ({ page, baseURL }) => {
  await page.goto('es/familia/');
  const id = 'durante-la-infusion';
  await expect(control(page, id)).toHaveAccessibleName('Copiar el enlace a la sección: Durante la infusión');
  await page.locator(`#${id}`).hover();
  await control(page, id).click();
  await expect(page.locator('[data-copy-status]')).toHaveText('Enlace copiado');
  expect(await clipboard(page)).toBe(new URL(`es/familia/#${id}`, baseURL).href);
});

test('without JavaScript the control is a link to the section', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto(SECTION);
  await page.locator(`#${HEADING_ID}`).hover();
  await control(page, HEADING_ID).click();
  await expect(page).toHaveURL(new RegExp(`${SECTION}#${HEADING_ID}$`));
  await context.close();
});
