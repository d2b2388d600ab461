/**
 * The clinic kit (/clinics/): its link table lists every page and section of
 * the built site, each copy button copies the right full address, the intake
 * emails' links all resolve, and the QR codes decode to the right pages.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import { publishedAddresses } from '../../src/lib/published-addresses';
import { builtSections } from './sections';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** Pages that are tools rather than articles: they have no sections to list. */
const NOT_ARTICLES = new Set(['search/', '404.html']);

/** The address the kit hands out for this site: its canonical URL, minus "clinics/". */
async function publishedRoot(page: Page): Promise<string> {
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical, 'the clinic kit has a canonical URL').toMatch(/\/clinics\/$/);
  return canonical!.replace(/clinics\/$/, '');
}

/** A published address, fetched from this test server instead. */
const onThisServer = (url: string, root: string, baseURL: string) => new URL(url.slice(root.length), baseURL).href;

async function expectResolves(request: APIRequestContext, url: string) {
  const target = new URL(url);
  const response = await request.get(`${target.origin}${target.pathname}`);
  expect(response.status(), `${url} answers`).toBe(200);
  if (target.hash) {
    const ids = [...(await response.text()).matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids, `${url} has its anchor`).toContain(decodeURIComponent(target.hash.slice(1)));
  }
}

test('the link table lists every page and every section of the built site', async ({ page, request, baseURL }) => {
  const built = await builtSections(page, request, baseURL!);
  await page.goto('clinics/');
  const listed = new Set(
    await page.locator('[data-section-row] a:not([data-copy-link])').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href)),
  );
  const missing: string[] = [];
  let sections = 0;
  for (const { path, draft, headings } of built) {
    // Tools have no sections to list, and a page still being written is not offered to clinics.
    if (NOT_ARTICLES.has(path) || draft) continue;
    const here = new URL(path, baseURL).href;
    if (!listed.has(here)) missing.push(here);
    for (const { id } of headings) {
      sections += 1;
      if (!listed.has(`${here}#${id}`)) missing.push(`${here}#${id}`);
    }
  }
  expect(sections, 'sections found on the built pages').toBeGreaterThan(100);
  expect(missing, 'pages and sections missing from the clinic kit').toEqual([]);
});

test('every address the table hands out is on the published list, which the build keeps working', async ({ page, baseURL }) => {
  await page.goto('clinics/');
  const base = new URL(baseURL!).pathname;
  const handedOut = await page
    .locator('[data-section-row] a:not([data-copy-link])')
    .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href)).map((url) => url.pathname + url.hash));
  expect(handedOut.length).toBeGreaterThan(100);
  const listed = new Set(publishedAddresses(readFileSync(new URL('../../content/published-addresses.txt', import.meta.url), 'utf8')));
  const unlisted = handedOut.map((path) => `/${path.slice(base.length)}`).filter((address) => !listed.has(address));
  expect(unlisted, 'on /clinics/ but not in content/published-addresses.txt (`npm run build && npm run addresses` adds them)').toEqual([]);
});

test('every link in the table resolves, and every copy button copies the full address of its row', { tag: '@subpath' }, async ({ page, request, baseURL }) => {
  await page.goto('clinics/');
  const root = await publishedRoot(page);
  const rows = page.locator('[data-section-row]');
  expect(await rows.count()).toBeGreaterThan(100);
  // Every button, clicked in turn in the page (one round trip for well over a hundred rows).
  const results = await page.evaluate(async () => {
    const out: { local: string; copied: string }[] = [];
    // Each write the page starts, kept so that the clipboard is read once that write has finished.
    const write = navigator.clipboard.writeText.bind(navigator.clipboard);
    let written: Promise<void> | null = null;
    navigator.clipboard.writeText = (text) => (written = write(text));
    for (const row of document.querySelectorAll('[data-section-row]')) {
      written = null;
      row.querySelector<HTMLElement>('a[data-copy-link]')!.click();
      // The click writes to the clipboard without waiting; wait for that write before reading it back.
      await (written as Promise<void> | null);
      out.push({ local: row.querySelector('a:not([data-copy-link])')!.getAttribute('href')!, copied: await navigator.clipboard.readText() });
    }
    return out;
  });
  const wrong = results.filter(({ local, copied }) => copied !== new URL(local, root).href).map(({ local, copied }) => `${local}: copied ${copied}`);
  expect(wrong).toEqual([]);
  // A few, clicked with the mouse as a reader would, copy the same and say so.
  const count = results.length;
  for (const i of [0, 1, count - 1]) {
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await rows.nth(i).locator('a[data-copy-link]').click();
    await expect(page.locator('[data-copy-status]')).toHaveText('Link copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(results[i]!.local, root).href);
  }
  // The copied addresses lead somewhere real: each, served from here, answers with its anchor.
  for (const { copied } of results) await expectResolves(request, onThisServer(copied, root, baseURL!));
});

test('the intake emails link to pages that exist, and copy exactly as shown', { tag: '@subpath' }, async ({ page, request, baseURL }) => {
  await page.goto('clinics/');
  const root = await publishedRoot(page);
  for (const id of ['email-for-a-new-patient', 'email-for-a-support-person']) {
    const text = await page.locator(`#${id}-text`).textContent();
    const links = [...text!.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);
    expect(links.length, `${id} has links`).toBeGreaterThanOrEqual(3);
    for (const url of links) {
      expect(url.startsWith(root), `${url} is a full address on this site`).toBe(true);
      await expectResolves(request, onThisServer(url, root, baseURL!));
    }
    const html = await page.locator(`#${id}-html`).textContent();
    for (const url of links) expect(html, `the HTML version of ${id} has ${url}`).toContain(`href="${url}"`);

    await page.locator(`button[data-copy-from="${id}-text"]`).click();
    await expect(page.locator('[data-copy-status]')).toHaveText('Text copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  }
});

test('each QR code decodes to the full address of its page', { tag: '@subpath' }, async ({ page, baseURL }) => {
  await page.goto('clinics/');
  const root = await publishedRoot(page);
  const codes = page.locator('[data-qr]');
  const expected = ['', 'basics/', 'success/', 'factors/', 'support/'].map((path) => new URL(path, root).href);
  await expect(codes).toHaveCount(expected.length);
  for (let i = 0; i < expected.length; i++) {
    const png = PNG.sync.read(await codes.nth(i).locator('svg').screenshot());
    const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
    expect(decoded?.data, `QR code ${i + 1}`).toBe(expected[i]);
    await expect(codes.nth(i)).toHaveAttribute('data-qr', expected[i]!);
    // …and that address is a page on this server.
    expect((await page.request.get(onThisServer(expected[i]!, root, baseURL!))).status()).toBe(200);
  }
});

test('QR codes are dark on white in the dark theme too, as cameras need', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('clinics/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const codes = page.locator('[data-qr]');
  await expect(codes).toHaveCount(5);
  for (const code of await codes.all()) {
    // White around the code (its quiet margin), not the dark card it sits on…
    expect(await code.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 255, 255)');
    // …and black modules on white inside it.
    const colours = await code.locator('svg path').evaluateAll((paths) =>
      paths.map((path) => {
        const style = getComputedStyle(path);
        return style.stroke !== 'none' ? style.stroke : style.fill;
      }),
    );
    expect(new Set(colours)).toEqual(new Set(['rgb(255, 255, 255)', 'rgb(0, 0, 0)']));
  }
});

test('without JavaScript the copy buttons step aside, and the addresses are still there to read', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('clinics/');
  await expect(page.locator('[data-section-row] a[data-copy-link]').first()).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy plain text' }).first()).toBeHidden();
  await expect(page.locator('[data-section-row] .kit-url').first()).toBeVisible();
  await expect(page.locator('#email-for-a-new-patient-text')).toBeVisible();
  await context.close();
});

test('the clinic kit stays within its own byte budget and fetches no script', async ({ page }) => {
  // A tool page for clinic staff, left out of the content pages' 20 KiB budget
  // (tests/e2e/every-page.spec.ts): its table grows with the guide, so it gets a budget of its own.
  const KIT_BUDGET = 30 * 1024;
  const fetched: { type: string; gzip: number }[] = [];
  const bodies: Promise<void>[] = [];
  page.on('response', (response) => {
    bodies.push(response.body().then((body) => void fetched.push({ type: response.request().resourceType(), gzip: gzipSync(body).length }), () => undefined));
  });
  // The page has no script: once it has loaded, it has fetched everything it will.
  await page.goto('clinics/');
  await Promise.all(bodies);
  const total = fetched.reduce((sum, f) => sum + f.gzip, 0);
  console.log(`/clinics/ first load: ${(total / 1024).toFixed(1)} KiB (gzip)`);
  expect(total).toBeLessThanOrEqual(KIT_BUDGET);
  expect(fetched.filter((f) => f.type === 'script' || f.type === 'font')).toEqual([]);
});
