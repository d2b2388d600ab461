/**
 * The Content-Security-Policy travels in every page, for hosts that send no
 * headers of their own (GitHub Pages). Here the built site is served with no
 * headers at all: each page must carry the policy itself, the browser must
 * enforce it, and search, the journal and the copy-link buttons must work
 * under it without a single violation. That no page breaks its own policy or
 * logs an error is checked on every page by every-page.spec.ts, where the
 * page's policy is in force beside the header's.
 */
import type { AddressInfo } from 'node:net';
import { test as base, expect, type Page } from '@playwright/test';
import { startServer } from '../../scripts/serve.mjs';
import { sitemapPaths, watchConsole } from './site';

const outDir = process.env['OUT_DIR'] ?? './dist';

/** This file's tests run against the same build as their project, served without any headers. */
const test = base.extend<object, { headerlessURL: string }>({
  headerlessURL: [
    async ({}, use, workerInfo) => {
      // The project's build: the root one, or the /guide/ one that `npm run build:guide` writes beside it.
      const sitePath = new URL(workerInfo.project.use.baseURL!).pathname;
      const dir = sitePath === '/' ? outDir : `${outDir}-guide`;
      const server = await startServer({ dir, port: 0, base: sitePath, headers: false });
      await use(`http://127.0.0.1:${(server.address() as AddressInfo).port}${sitePath}`);
      server.closeAllConnections();
      server.close();
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ headerlessURL }, use) => use(headerlessURL),
});

/** Records Content-Security-Policy violations reported by the browser. */
function recordViolations(page: Page) {
  return page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`));
  });
}

const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

/** The policy a page's HTML carries, checked to be in its head before any script or style. */
function policyIn(html: string, where: string): string {
  const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/i.exec(html);
  expect(meta, `${where} carries the policy in a meta tag`).not.toBeNull();
  const head = html.slice(0, html.indexOf('</head>'));
  expect(head.indexOf(meta![0]), `${where}: the policy is in the head`).toBeGreaterThan(0);
  for (const tag of ['<script', '<style', '<link rel="stylesheet"']) {
    const first = html.indexOf(tag);
    if (first >= 0) expect(meta!.index, `${where}: the policy comes before the first ${tag}`).toBeLessThan(first);
  }
  return meta![1]!;
}

test('served with no headers at all, every page carries the strict policy itself', { tag: '@subpath' }, async ({ request, baseURL }) => {
  const paths = [...(await sitemapPaths(request, baseURL!)), 'no-such-page/'];
  for (const path of paths) {
    const response = await request.get(path);
    expect(response.headers()['content-security-policy'], 'the server sends no policy of its own').toBeUndefined();
    const policy = policyIn(await response.text(), `/${path}`);
    expect(policy).toContain("default-src 'self'");
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[^']+')+;/);
    expect(policy).toContain("worker-src 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('{{');
    // Browsers ignore it in a meta tag and say so as an error; _headers carries it instead.
    expect(policy).not.toContain('frame-ancestors');
  }
});

test('the browser enforces the page’s own policy: code slipped into a page does not run', async ({ page }) => {
  await recordViolations(page);
  await page.goto('basics/');
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.slippedInCodeRan = true';
    document.head.append(script);
    return 'slippedInCodeRan' in window;
  });
  expect(ran).toBe(false);
  await expect.poll(() => violations(page)).toEqual([expect.stringMatching(/^script-src(-elem)? blocked inline/)]);
});

test('search works under the page’s own policy', { tag: '@subpath' }, async ({ page }) => {
  await recordViolations(page);
  const problems = watchConsole(page);
  await page.goto('factors/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await dialog.getByRole('searchbox').fill('sleep');
  const first = dialog.locator('[data-search-result]').first();
  await expect(first).toBeVisible();
  expect(await violations(page), 'while searching').toEqual([]);
  // The result opens its page with the words marked, by a script fetched only then.
  await first.click();
  await page.waitForURL(/highlight=/);
  await expect(page.locator('main mark.pagefind__highlight').first()).toBeVisible();
  expect(await violations(page), 'on the result').toEqual([]);
  expect(problems).toEqual([]);
});

test('the journal saves a check-in under the page’s own policy', async ({ page }) => {
  await recordViolations(page);
  const problems = watchConsole(page);
  await page.goto('journal/');
  await expect(page.locator('[data-journal]')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Hope' }).check();
  await page.getByRole('button', { name: 'Save my choices' }).click();
  await expect(page.locator('[data-status="goals"]')).toContainText('Saved');
  await page.getByRole('combobox', { name: 'Hope' }).selectOption('6');
  await page.getByRole('textbox', { name: 'Note' }).fill('Slept through the night.');
  await page.getByRole('button', { name: 'Save this check-in' }).click();
  await expect(page.locator('[data-status="checkin"]')).toContainText('Saved your check-in');
  await expect(page.locator('[data-checkins] tbody tr')).toHaveCount(1);
  expect(await violations(page)).toEqual([]);
  expect(problems).toEqual([]);
});

test.describe('copy-link buttons', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a section’s copy-link button copies its address under the page’s own policy', async ({ page, baseURL }) => {
    await recordViolations(page);
    const problems = watchConsole(page);
    await page.goto('support/');
    const button = page.locator('a[data-copy-link]').first();
    await button.hover();
    await button.click();
    await expect(page.locator('[data-copy-status]')).toHaveText('Link copied');
    const section = await button.getAttribute('href');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(`support/${section}`, baseURL).href);
    expect(await violations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
