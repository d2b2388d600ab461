import { expect, test } from '@playwright/test';
import { watchForErrors } from './site';

test('a word from a page finds that page from the header search', async ({ page }) => {
  const problems = watchForErrors(page);
  await page.goto('');
  await page.getByRole('link', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox').fill('infusion');
  await expect(dialog.getByRole('status')).toContainText(/match/);
  const first = dialog.locator('[data-search-result]').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page).toHaveURL(/highlight=infusion/);
  expect(problems).toEqual([]);
});

test('the search dialog opens with "/" and Ctrl+K and Escape returns focus', async ({ page }) => {
  await page.goto('basics/');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  const opener = page.getByRole('link', { name: 'Search' });
  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(opener).toBeFocused();
});

test('the search page reads its query from the address', async ({ page }) => {
  await page.goto('search/?q=hope');
  await expect(page.getByText('Search needs JavaScript')).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Search the guide' })).toHaveValue('hope');
  await expect(page.locator('[data-search-results] [data-search-result]').first()).toBeVisible();
});

test('content pages fetch no JavaScript until search is opened', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto('success/');
  await page.waitForLoadState('networkidle');
  expect(scripts).toEqual([]);
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog', { name: 'Search the guide' })).toBeVisible();
  expect(scripts.some((url) => url.endsWith('/search-ui.js'))).toBe(true);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page says search needs JavaScript and lists the parts', async ({ page }) => {
    await page.goto('basics/');
    await page.getByRole('link', { name: 'Search' }).click();
    await expect(page).toHaveURL(/search\/$/);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: 'What helps' }).last()).toBeVisible();
  });
});
