/**
 * One walk through every page of the sitemap, for the checks that concern
 * every page in a browser: axe in the light and the dark theme; one h1, a
 * title, the help strip and the disclaimer; byte budgets; privacy, the
 * Content-Security-Policy (the header and the page's own meta tag) and no
 * error in the console; no sideways scrolling at 320 px and touch targets of
 * 24×24 px. Each page is loaded once, and every failure is reported with its
 * page at the end of the walk. What the HTML says by itself (words, review
 * dates, descriptions, section links, link previews) is read from the built
 * files instead, without a browser: tests/built/.
 *
 * The pages are split into shards, so that both test workers walk at once.
 * On the /guide/ build only the privacy checks run: they depend on where the
 * site lives; the rest is the same HTML under any base and is checked once,
 * at the root.
 */
import { expect, test } from '@playwright/test';
import { axeViolations, colourViolations } from './axe';
import { recordViolations } from './csp';
import { checkBudgets, checkFrame, checkNarrowWidth, checkPrivacy, checkTargetSizes, recordFetched } from './page-checks';
import { openReady, sitemapPaths, watchConsole } from './site';

const SHARDS = 4;
const DESKTOP = { width: 1280, height: 720 };

for (let shard = 0; shard < SHARDS; shard++) {
  test(`every page, part ${shard + 1} of ${SHARDS}, passes the checks that concern every page`, { tag: '@subpath' }, async ({ page, context, request, baseURL }, testInfo) => {
    const atRoot = testInfo.project.name !== 'guide';
    const paths = (await sitemapPaths(request, baseURL!)).filter((_, index) => index % SHARDS === shard);
    // Each page takes a load and two runs of axe: a few seconds, many more on a busy machine.
    test.setTimeout(60_000 + paths.length * 30_000);
    const origin = new URL(baseURL!).origin;
    const elsewhere: string[] = [];
    page.on('request', (req) => {
      if (new URL(req.url()).origin !== origin) elsewhere.push(`${page.url()} -> ${req.url()}`);
    });
    await recordViolations(page);
    const consoleErrors = watchConsole(page);

    const budgetReport: string[] = [];
    for (const path of paths) {
      await page.setViewportSize(DESKTOP);
      await page.emulateMedia({ colorScheme: 'light' });
      const recorder = recordFetched(page);
      const response = await openReady(page, path);
      await recorder.settled();
      recorder.stop();
      expect.soft(response?.status(), `${path} answers 200`).toBe(200);
      await checkPrivacy(page, path);
      if (!atRoot) continue;

      const report = await checkBudgets(page, path, recorder.fetched);
      if (report) budgetReport.push(report);
      await checkFrame(page, path);
      await expect.soft(page.locator('html'), `/${path} follows the light setting`).toHaveAttribute('data-theme', 'light');
      expect.soft(await axeViolations(page), `axe finds no violations on /${path} in the light theme`).toEqual([]);
      // The device turns dark with the page open: the page follows it without a reload
      // (theme.spec.ts), and the two themes differ in their colours alone (the
      // light-dark() values of global.css), so only the rules about colour can find
      // anything new in the dark theme.
      await page.emulateMedia({ colorScheme: 'dark' });
      await expect.soft(page.locator('html'), `/${path} follows the dark setting`).toHaveAttribute('data-theme', 'dark');
      expect.soft(await colourViolations(page), `axe finds no violations on /${path} in the dark theme`).toEqual([]);
      await checkNarrowWidth(page, path);
      await checkTargetSizes(page, path);
    }
    if (atRoot) console.log(`Bytes fetched on first load (gzip):\n${budgetReport.join('\n')}`);
    expect(consoleErrors, 'errors in the console').toEqual([]);
    expect(elsewhere, 'requests to another origin').toEqual([]);
    expect(await context.cookies(), 'cookies').toEqual([]);
  });
}
