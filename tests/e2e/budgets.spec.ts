/**
 * Page weight budgets (DESIGN.md), asserted on the bytes each page fetches on
 * first load, gzip-compressed as a static host would send them. Times are
 * not asserted here: they belong to `npm run bench`.
 */
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './site';

const KiB = 1024;
const PAGE_BUDGET = 20 * KiB; // everything fetched on first load
const FIRST_TRIP_BUDGET = 14 * KiB; // HTML + CSS: fits the first network round trip
const INLINE_SCRIPT_BUDGET = 1 * KiB; // the theme and search-launcher scripts in the page itself

test('every page stays within its byte budgets and fetches no script or web font', async ({ page, request, baseURL }) => {
  const report: string[] = [];
  const over: string[] = [];
  for (const path of await sitemapPaths(request, baseURL!)) {
    // Tool pages, budgeted in their own tests: the journal (its own script) and
    // the clinic kit (a link to every section of the guide, and QR codes).
    if (path === 'journal/' || path === 'clinics/') continue;
    const fetched: { type: string; url: string; gzip: number }[] = [];
    const responses: Promise<void>[] = [];
    const listener = (response: import('@playwright/test').Response) => {
      responses.push(
        response.body().then(
          (body) => void fetched.push({ type: response.request().resourceType(), url: response.url(), gzip: gzipSync(body).length }),
          () => undefined, // redirects have no body
        ),
      );
    };
    page.on('response', listener);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await Promise.all(responses);
    page.off('response', listener);

    const sum = (types: string[]) => fetched.filter((f) => types.includes(f.type)).reduce((n, f) => n + f.gzip, 0);
    const total = fetched.reduce((n, f) => n + f.gzip, 0);
    const firstTrip = sum(['document', 'stylesheet']);
    report.push(`/${path}`.padEnd(32) + `${(total / KiB).toFixed(1)} KiB total, ${(firstTrip / KiB).toFixed(1)} KiB HTML+CSS`);
    if (total > PAGE_BUDGET) over.push(`/${path}: ${total} bytes in all`);
    if (firstTrip > FIRST_TRIP_BUDGET) over.push(`/${path}: ${firstTrip} bytes of HTML and CSS`);
    const scripts = fetched.filter((f) => f.type === 'script' && path !== 'search/').map((f) => f.url);
    expect(scripts, `/${path} fetches no JavaScript before search is opened`).toEqual([]);
    expect(fetched.filter((f) => f.type === 'font'), `/${path} fetches no web fonts`).toEqual([]);
    const inlineScript = await page.evaluate(() =>
      Array.from(document.querySelectorAll('script:not([src])'))
        .filter((s) => !(s as HTMLScriptElement).type.includes('json'))
        .map((s) => s.textContent ?? '')
        .join(''),
    );
    expect(gzipSync(inlineScript).length, `/${path} inline script (gzip)`).toBeLessThanOrEqual(INLINE_SCRIPT_BUDGET);
  }
  console.log(`Bytes fetched on first load (gzip):\n${report.join('\n')}`);
  expect(over).toEqual([]);
});
