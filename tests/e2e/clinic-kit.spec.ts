/**
 * The clinic kit (/clinics/, and /es/clinicas/ in Spanish): each copy button
 * copies the right full address, the intake emails' links all resolve, and
 * the QR codes decode to the right pages. That its link table lists every
 * page and section of its language, and only published addresses, is read
 * from the built files: tests/built/clinic-kit.test.ts.
 */
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

/** The kit in each language: its path, what it says after a copy, and the home page and four main parts its QR codes lead to (paths relative to the base). */
const KITS = [
  { lang: 'en', path: 'clinics/', linkCopied: 'Link copied', qrPaths: ['', 'basics/', 'success/', 'factors/', 'support/'] },
  { lang: 'es', path: 'es/clinicas/', linkCopied: 'Enlace copiado', qrPaths: ['es/', 'es/conceptos-basicos/', 'es/exito/', 'es/factores/', 'es/familia/'] },
] as const;

/** The address the kit hands out for this site: its canonical URL, minus the kit's own path ("clinics/"). */
async function publishedRoot(page: Page, kitPath = 'clinics/'): Promise<string> {
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical, 'the clinic kit has a canonical URL').toMatch(new RegExp(`/${kitPath}$`));
  return canonical!.slice(0, -kitPath.length);
}

/** A published address, fetched from this test server instead. */
const onThisServer = (url: string, root: string, baseURL: string) => new URL(url.slice(root.length), baseURL).href;

type PageGetter = (address: string) => Promise<{ status: number; html: string }>;

/** Gets each page once, however many of its sections are checked: the table links a page's every section. */
function pageGetter(request: APIRequestContext): PageGetter {
  const pages = new Map<string, ReturnType<PageGetter>>();
  return (address) => {
    if (!pages.has(address)) pages.set(address, request.get(address).then(async (response) => ({ status: response.status(), html: await response.text() })));
    return pages.get(address)!;
  };
}

/** Checks that an address answers, with its #anchor if it has one; gives the page's HTML. */
async function expectResolves(get: PageGetter, url: string): Promise<string> {
  const target = new URL(url);
  const { status, html } = await get(`${target.origin}${target.pathname}`);
  expect(status, `${url} answers`).toBe(200);
  if (target.hash) {
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids, `${url} has its anchor`).toContain(decodeURIComponent(target.hash.slice(1)));
  }
  return html;
}

for (const kit of KITS) {
  test(`every link in the ${kit.lang} table resolves to a page in that language, and every copy button copies the full address of its row`, { tag: '@subpath' }, async ({ page, request, baseURL }) => {
    await page.goto(kit.path);
    const root = await publishedRoot(page, kit.path);
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
    // A few, clicked with the mouse as a reader would, copy the same and say so, in the page's language.
    const count = results.length;
    for (const i of [0, 1, count - 1]) {
      await page.evaluate(() => navigator.clipboard.writeText(''));
      await rows.nth(i).locator('a[data-copy-link]').click();
      await expect(page.locator('[data-copy-status]')).toHaveText(kit.linkCopied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(results[i]!.local, root).href);
    }
    // The copied addresses lead somewhere real: each, served from here, answers with its anchor, in the kit's language.
    const otherLanguage: string[] = [];
    const get = pageGetter(request);
    for (const { copied } of results) {
      const html = await expectResolves(get, onThisServer(copied, root, baseURL!));
      if (!html.includes(`<html lang="${kit.lang}"`)) otherLanguage.push(copied);
    }
    expect(otherLanguage, `pages in another language on the ${kit.lang} kit`).toEqual([]);
  });
}

test('the intake emails link to pages that exist, and copy exactly as shown', { tag: '@subpath' }, async ({ page, request, baseURL }) => {
  await page.goto('clinics/');
  const root = await publishedRoot(page);
  const get = pageGetter(request);
  for (const id of ['email-for-a-new-patient', 'email-for-a-support-person']) {
    const text = await page.locator(`#${id}-text`).textContent();
    const links = [...text!.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);
    expect(links.length, `${id} has links`).toBeGreaterThanOrEqual(3);
    for (const url of links) {
      expect(url.startsWith(root), `${url} is a full address on this site`).toBe(true);
      await expectResolves(get, onThisServer(url, root, baseURL!));
    }
    const html = await page.locator(`#${id}-html`).textContent();
    for (const url of links) expect(html, `the HTML version of ${id} has ${url}`).toContain(`href="${url}"`);

    await page.locator(`button[data-copy-from="${id}-text"]`).click();
    await expect(page.locator('[data-copy-status]')).toHaveText('Text copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  }
});

test('the Spanish kit’s emails link Spanish pages that exist, give the Spanish pages’ help lines, and say so in Spanish', { tag: '@subpath' }, async ({ page, request, baseURL }) => {
  await page.goto('es/clinicas/');
  const root = await publishedRoot(page, 'es/clinicas/');
  const get = pageGetter(request);
  // The lines every Spanish page shows in its help strip: the emails name the same, and no others.
  const helpLines = await page.locator('aside[data-help-now] a').allTextContents();
  expect(helpLines.length, 'the Spanish help strip has lines').toBeGreaterThan(0);
  for (const id of ['correo-para-un-paciente-nuevo', 'correo-para-su-acompanante']) {
    await expect(page.locator(`#${id}`), `${id} is a section of the kit`).toHaveCount(1);
    const text = (await page.locator(`#${id}-text`).textContent())!;
    const links = [...text.matchAll(/https?:\/\/\S+/g)].map((m) => m[0]);
    expect(links.length, `${id} has links`).toBeGreaterThanOrEqual(3);
    for (const url of links) {
      expect(url.startsWith(`${root}es/`), `${url} is a full address of a Spanish page on this site`).toBe(true);
      await expectResolves(get, onThisServer(url, root, baseURL!));
    }
    const html = await page.locator(`#${id}-html`).textContent();
    for (const url of links) expect(html, `the HTML version of ${id} has ${url}`).toContain(`href="${url}"`);
    for (const line of helpLines) expect(text, `${id} names "${line}"`).toContain(line);
    // Nothing left in English: not the words around the lines, nor the lines themselves.
    expect(text).not.toMatch(/\b(?:Hello|Call|Text|Questions|driving|Please)\b/);
    await expect(page.locator(`#${id}-subject`).locator('xpath=..')).toContainText('Asunto:');

    await page.locator(`button[data-copy-from="${id}-text"]`).click();
    await expect(page.locator('[data-copy-status]')).toHaveText('Texto copiado');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
  }
});

for (const kit of KITS) {
  test(`each QR code of the ${kit.lang} kit decodes to the full address of its page in that language`, { tag: '@subpath' }, async ({ page, baseURL }) => {
    await page.goto(kit.path);
    const root = await publishedRoot(page, kit.path);
    const codes = page.locator('[data-qr]');
    const expected = kit.qrPaths.map((path) => new URL(path, root).href);
    await expect(codes).toHaveCount(expected.length);
    for (let i = 0; i < expected.length; i++) {
      const png = PNG.sync.read(await codes.nth(i).locator('svg').screenshot());
      const decoded = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
      expect(decoded?.data, `QR code ${i + 1}`).toBe(expected[i]);
      await expect(codes.nth(i)).toHaveAttribute('data-qr', expected[i]!);
      // …and that address is a page on this server, in the kit's language.
      const response = await page.request.get(onThisServer(expected[i]!, root, baseURL!));
      expect(response.status()).toBe(200);
      expect(await response.text()).toContain(`<html lang="${kit.lang}"`);
    }
  });
}

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

for (const kitPath of ['clinics/', 'es/clinicas/']) {
  test(`the clinic kit /${kitPath} stays within its own byte budget and fetches no script`, async ({ page }) => {
    // A tool page for clinic staff, left out of the content pages' 20 KiB budget
    // (tests/e2e/every-page.spec.ts): its table grows with the guide, so it gets a budget of its own.
    const KIT_BUDGET = 30 * 1024;
    const fetched: { type: string; gzip: number }[] = [];
    const bodies: Promise<void>[] = [];
    page.on('response', (response) => {
      bodies.push(response.body().then((body) => void fetched.push({ type: response.request().resourceType(), gzip: gzipSync(body).length }), () => undefined));
    });
    // The page has no script: once it has loaded, it has fetched everything it will.
    await page.goto(kitPath);
    await Promise.all(bodies);
    const total = fetched.reduce((sum, f) => sum + f.gzip, 0);
    console.log(`/${kitPath} first load: ${(total / 1024).toFixed(1)} KiB (gzip)`);
    expect(total).toBeLessThanOrEqual(KIT_BUDGET);
    expect(fetched.filter((f) => f.type === 'script' || f.type === 'font')).toEqual([]);
  });
}
