/**
 * Privacy and security, served with the site's real headers: a strict
 * Content-Security-Policy that nothing on the site violates, no request to
 * any other origin, no cookies, and nothing stored but the theme. That no
 * page breaks the policy is checked on every page by every-page.spec.ts, and
 * that the server sends the headers of _headers by scripts/serve.mjs's own
 * tests (tests/unit/serve.test.ts); here, search in use.
 */
import { expect, test } from '@playwright/test';
import { recordViolations, violations } from './csp';

test('search works under the policy without calling another origin', { tag: '@subpath' }, async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const elsewhere: string[] = [];
  page.on('request', (req) => {
    if (new URL(req.url()).origin !== origin) elsewhere.push(req.url());
  });
  await recordViolations(page);
  await page.goto('factors/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await dialog.getByRole('searchbox').fill('sleep');
  await expect(dialog.locator('[data-search-result]').first()).toBeVisible();
  await dialog.locator('[data-search-result]').first().click();
  // The result's page has loaded its highlight scripts and marked the words.
  await expect(page.locator('main mark.pagefind__highlight').first()).toBeVisible();
  expect(await violations(page)).toEqual([]);
  expect(elsewhere).toEqual([]);
});
