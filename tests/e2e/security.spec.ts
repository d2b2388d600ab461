/**
 * Privacy and security, served with the site's real headers: a strict
 * Content-Security-Policy that nothing on the site violates, no request to
 * any other origin, no cookies, and nothing stored but the theme. That no
 * page breaks the policy is checked on every page by every-page.spec.ts;
 * here, the headers themselves and search in use.
 */
import { expect, test } from '@playwright/test';
import { recordViolations, violations } from './csp';

test('pages are served with strict security headers', { tag: '@subpath' }, async ({ request }) => {
  const response = await request.get('basics/');
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("'wasm-unsafe-eval'");
  expect(csp).toContain("worker-src 'none'");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('{{');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['permissions-policy']).toContain('camera=()');
});

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
