/**
 * Privacy and security, on every page, served with the site's real headers:
 * a strict Content-Security-Policy that nothing on the site violates, no
 * request to any other origin, no cookies, and nothing stored but the theme.
 */
import { expect, test, type Page } from '@playwright/test';
import { sitemapPaths } from './site';

/** Records Content-Security-Policy violations reported by the browser. */
function recordViolations(page: Page) {
  return page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`));
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test('pages are served with strict security headers', { tag: '@subpath' }, async ({ request }) => {
  const response = await request.get('basics/');
  const headers = response.headers();
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("'wasm-unsafe-eval'");
  expect(csp).toContain("worker-src 'self' blob:");
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toContain('{{');
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['permissions-policy']).toContain('camera=()');
});

test('no page breaks the policy, calls another origin, sets a cookie or stores more than the theme', { tag: '@subpath' }, async ({ page, context, request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const elsewhere: string[] = [];
  page.on('request', (req) => {
    if (new URL(req.url()).origin !== origin) elsewhere.push(`${page.url()} -> ${req.url()}`);
  });
  await recordViolations(page);
  for (const path of await sitemapPaths(request, baseURL!)) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    expect(await violations(page), `/${path} policy violations`).toEqual([]);
    const stored = await page.evaluate(() => Object.keys(localStorage));
    expect(stored.filter((key) => key !== 'theme'), `/${path} stores only the theme`).toEqual([]);
  }
  expect(elsewhere).toEqual([]);
  expect(await context.cookies()).toEqual([]);
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
  await page.waitForLoadState('networkidle');
  expect(await violations(page)).toEqual([]);
  expect(elsewhere).toEqual([]);
});
