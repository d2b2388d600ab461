/**
 * When search cannot load (the index or the search code blocked, or the
 * reader offline), the reader meets a calm, plain message and the parts of
 * the guide as a way on, in the dialog and on the /search/ page, and never a
 * developer's hint or a blank page. Once the connection is back, the next
 * search works.
 */
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';

// The first search loads Pagefind's engine, which can take seconds on a busy machine.
const expect = baseExpect.configure({ timeout: 15_000 });

const CANNOT_LOAD = /^Search cannot load right now\. Please check your connection and try again in a moment, or go straight to a part of the guide/;
const PARTS = ['The basics', 'What success looks like', 'What helps', 'Family and friends'];

const blockIndex = (page: Page) => page.route('**/pagefind/**', (route) => route.abort());

/** Nothing meant for whoever builds the site reaches the reader. */
async function expectNoDeveloperWords(area: Locator) {
  await expect(area).not.toContainText(/npm|build|index/i);
}

/** Each link leads to its part of the guide, wherever the site lives. */
async function expectPartLinks(page: Page, links: Locator) {
  await expect(links).toHaveText(PARTS);
  for (const link of await links.all()) {
    const href = (await link.getAttribute('href'))!;
    expect((await page.request.get(new URL(href, page.url()).href)).ok(), href).toBe(true);
  }
}

test('the search dialog says plainly that search cannot load, offers the parts of the guide, and works once it can', { tag: '@subpath' }, async ({ page }) => {
  await blockIndex(page);
  await page.goto('basics/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await dialog.getByRole('searchbox').fill('sleep');
  const status = dialog.getByRole('status');
  await expect(status).toHaveText(CANNOT_LOAD);
  await expectNoDeveloperWords(dialog);
  await expectPartLinks(page, dialog.getByRole('list', { name: 'The parts of the guide' }).getByRole('link'));

  // The connection is back: the next search loads the index and finds pages.
  await page.unroute('**/pagefind/**');
  await dialog.getByRole('searchbox').fill('sleep well');
  await expect(status).toContainText('match “sleep well”');
  await expect(dialog.locator('[data-search-result]').first()).toBeVisible();
  await expect(dialog.getByRole('list', { name: 'The parts of the guide' })).toHaveCount(0);
});

test('the search page says plainly that search cannot load when the index does not', { tag: '@subpath' }, async ({ page }) => {
  await blockIndex(page);
  await page.goto('search/?q=sleep');
  const results = page.locator('[data-search-results]');
  await expect(results.getByRole('status')).toHaveText(CANNOT_LOAD);
  await expect(results.getByRole('status')).toContainText('a part of the guide below.');
  await expectNoDeveloperWords(page.getByRole('main'));
  await expectPartLinks(page, page.getByRole('main').getByRole('listitem').getByRole('link'));
});

test('the search page says plainly that search cannot load when its code does not, instead of staying blank', { tag: '@subpath' }, async ({ page }) => {
  await page.route('**/search-ui.js', (route) => route.abort());
  await page.goto('search/?q=sleep');
  const status = page.locator('[data-search-results]').getByRole('status');
  await expect(status).toHaveText(CANNOT_LOAD);
  await expect(status).toBeVisible();
  await expectNoDeveloperWords(page.getByRole('main'));
  await expectPartLinks(page, page.getByRole('main').getByRole('listitem').getByRole('link'));
});

test('a reader who goes offline after the page has loaded is told plainly, on the search page and in the dialog', async ({ page, context }) => {
  await page.goto('search/');
  const status = page.locator('[data-search-results]').getByRole('status');
  await expect(status).toHaveText(/^Type a word/); // the search code has loaded
  await context.setOffline(true);
  await page.getByRole('searchbox', { name: 'Search the guide' }).fill('sleep');
  await expect(status).toHaveText(CANNOT_LOAD);
  await expectNoDeveloperWords(page.getByRole('main'));

  // The dialog, on the same page: its own list of the parts, as it covers the page's.
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await dialog.getByRole('searchbox').fill('family');
  await expect(dialog.getByRole('status')).toHaveText(CANNOT_LOAD);
  await expect(dialog.getByRole('list', { name: 'The parts of the guide' }).getByRole('link')).toHaveText(PARTS);
  await expectNoDeveloperWords(dialog);
});
