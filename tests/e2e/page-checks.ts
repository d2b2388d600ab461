/**
 * The checks that concern every page, each on the page as it is loaded now.
 * They assert softly (`expect.soft`), so that one walk through the site
 * reports every failure, each naming its page, instead of stopping at the
 * first. Thresholds and messages are those of the tests they were before.
 */
import { gzipSync } from 'node:zlib';
import { expect, type Page, type Response } from '@playwright/test';
import { violations } from './csp';

const KiB = 1024;
const PAGE_BUDGET = 20 * KiB; // everything fetched on first load
const FIRST_TRIP_BUDGET = 14 * KiB; // HTML + CSS: fits the first network round trip
const INLINE_SCRIPT_BUDGET = 1 * KiB; // the theme and search-launcher scripts in the page itself

export interface Fetched {
  type: string;
  url: string;
  gzip: number;
}

/**
 * Records the bytes of every response `page` receives from now on,
 * gzip-compressed as a static host would send them. `settled()` waits for
 * the bodies of the responses received so far.
 */
export function recordFetched(page: Page) {
  const fetched: Fetched[] = [];
  const bodies: Promise<void>[] = [];
  const listener = (response: Response) => {
    bodies.push(
      response.body().then(
        (body) => void fetched.push({ type: response.request().resourceType(), url: response.url(), gzip: gzipSync(body).length }),
        () => undefined, // redirects have no body
      ),
    );
  };
  page.on('response', listener);
  return {
    fetched,
    settled: () => Promise.all(bodies),
    stop: () => void page.off('response', listener),
  };
}

/**
 * Page weight budgets (DESIGN.md), on the bytes the page fetched on first
 * load. Times are not asserted here: they belong to `npm run bench`. The
 * journal and the clinic kit, in every language, are tools with budgets of
 * their own (journal.spec.ts, clinic-kit.spec.ts), told by what they hold.
 * Returns the line of the printed report.
 */
export async function checkBudgets(page: Page, path: string, fetched: Fetched[]): Promise<string | null> {
  if ((await page.locator('[data-journal], [data-section-row]').count()) > 0) return null;
  const sum = (types: string[]) => fetched.filter((f) => types.includes(f.type)).reduce((n, f) => n + f.gzip, 0);
  const total = fetched.reduce((n, f) => n + f.gzip, 0);
  const firstTrip = sum(['document', 'stylesheet']);
  // A search page (/search/, /es/buscar/) is search itself: it loads the search module at once, and its
  // bytes are those of answering a search (search.spec.ts). Its HTML and CSS keep the first trip's budget.
  const isSearchPage = (await page.locator('[data-search-results]').count()) > 0;
  if (!isSearchPage) expect.soft(total, `/${path}: ${total} bytes in all`).toBeLessThanOrEqual(PAGE_BUDGET);
  expect.soft(firstTrip, `/${path}: ${firstTrip} bytes of HTML and CSS`).toBeLessThanOrEqual(FIRST_TRIP_BUDGET);
  const scripts = fetched.filter((f) => f.type === 'script' && !isSearchPage).map((f) => f.url);
  expect.soft(scripts, `/${path} fetches no JavaScript before search is opened`).toEqual([]);
  expect.soft(fetched.filter((f) => f.type === 'font'), `/${path} fetches no web fonts`).toEqual([]);
  const inlineScript = await page.evaluate(() =>
    Array.from(document.querySelectorAll('script:not([src])'))
      .filter((s) => !(s as HTMLScriptElement).type.includes('json'))
      .map((s) => s.textContent ?? '')
      .join(''),
  );
  expect.soft(gzipSync(inlineScript).length, `/${path} inline script (gzip)`).toBeLessThanOrEqual(INLINE_SCRIPT_BUDGET);
  return `/${path}`.padEnd(32) + `${(total / KiB).toFixed(1)} KiB total, ${(firstTrip / KiB).toFixed(1)} KiB HTML+CSS`;
}

/**
 * The frame every page shows, in the page's language: the help strip's name,
 * the links it must offer (call and text the crisis line, call the emergency
 * number) and the footer's link to the disclaimer.
 */
const FRAMES: Readonly<Record<string, { helpStrip: string; helpLinks: { name: string; href: string }[]; disclaimer: RegExp }>> = {
  en: {
    helpStrip: 'Help now',
    // A tel: link cannot send a text message: texting the Lifeline needs its own sms: link.
    helpLinks: [
      { name: 'Call 988', href: 'tel:988' },
      { name: 'Text 988', href: 'sms:988' },
      { name: 'Call 911', href: 'tel:911' },
    ],
    disclaimer: /disclaimer/i,
  },
  es: {
    helpStrip: 'Ayuda ahora',
    // The Lifeline answers in Spanish when the caller presses 2, or texts AYUDA.
    helpLinks: [
      { name: 'Llame al 988, marque 2', href: 'tel:988' },
      { name: 'Envíe AYUDA al 988', href: 'sms:988?body=AYUDA' },
      { name: 'Llame al 911', href: 'tel:911' },
    ],
    disclaimer: /aviso/i,
  },
};

/** One h1 and a title; the help strip with its call, text and emergency links; the disclaimer linked: in the page's language. */
export async function checkFrame(page: Page, path: string): Promise<void> {
  await expect.soft(page.locator('h1'), `${path} has exactly one h1`).toHaveCount(1);
  expect.soft((await page.title()).trim().length, `${path} has a title`).toBeGreaterThan(5);
  const lang = (await page.locator('html').getAttribute('lang')) ?? '';
  const frame = FRAMES[lang];
  expect.soft(frame, `${path}: the frame of a page in "${lang}" is known to this test`).toBeDefined();
  if (!frame) return;
  const help = page.getByRole('complementary', { name: frame.helpStrip, exact: true });
  for (const { name, href } of frame.helpLinks) {
    await expect.soft(help.getByRole('link', { name, exact: true }), `${path} help strip`).toHaveAttribute('href', href);
  }
  await expect.soft(page.getByRole('contentinfo').getByRole('link', { name: frame.disclaimer }).first(), `${path} links the disclaimer`).toBeVisible();
}

/** At 320 px wide the page does not scroll sideways. */
export async function checkNarrowWidth(page: Page, path: string): Promise<void> {
  await page.setViewportSize({ width: 320, height: 640 });
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect.soft(width, `/${path} is ${width}px wide`).toBeLessThanOrEqual(320);
}

/** On a phone, controls are at least 24×24 px, except links inside sentences. */
export async function checkTargetSizes(page: Page, path: string): Promise<void> {
  await page.setViewportSize({ width: 390, height: 844 });
  const small = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary'))
      .filter((el) => el.offsetParent !== null && getComputedStyle(el).display !== 'inline')
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      // A 1×1 box is visually hidden (screen-reader-only) and not something to tap.
      .filter(({ box }) => box.width > 1 && (box.width < 24 || box.height < 24))
      .map(({ el, box }) => `${el.tagName.toLowerCase()} "${(el.textContent ?? '').trim().slice(0, 30)}" ${Math.round(box.width)}×${Math.round(box.height)}`),
  );
  expect.soft(small.map((text) => `/${path}: ${text}`), `/${path}: controls smaller than 24×24 px`).toEqual([]);
}

/** Nothing breaks the Content-Security-Policy, and nothing is stored but the theme. */
export async function checkPrivacy(page: Page, path: string): Promise<void> {
  expect.soft(await violations(page), `/${path} policy violations`).toEqual([]);
  const stored = await page.evaluate(() => Object.keys(localStorage));
  expect.soft(stored.filter((key) => key !== 'theme'), `/${path} stores only the theme`).toEqual([]);
}
