/**
 * The words on the built pages: reading level, forbidden wording, review
 * dates, descriptions and citations. The reading grade of every page is
 * printed on each run, so the figure is always visible.
 */
import { expect, test, type Page } from '@playwright/test';
import { readingCounts } from '../../src/lib/readability';
import { languageProblems } from '../../src/lib/language';
import { sitemapPaths } from './site';

/** Pages that are tools rather than explainers: no reading grade or review dates. */
const NOT_ARTICLES = new Set(['search/', '404.html']);
const MAX_GRADE = 8;

/** The page's reading text as blocks: the "In short" points and the body, not the frame. */
function bodyBlocks(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('#in-short + ul li, .prose :is(p, li, h2, h3, td, th, blockquote)'))
      .filter((el) => !el.querySelector('p, li'))
      .map((el) => (el as HTMLElement).innerText.trim())
      .filter(Boolean),
  );
}

test('every page reads at grade 8 or below', async ({ page, request, baseURL }) => {
  const grades: string[] = [];
  const tooHard: string[] = [];
  for (const path of await sitemapPaths(request, baseURL!)) {
    if (NOT_ARTICLES.has(path)) continue;
    await page.goto(path);
    const counts = readingCounts(await bodyBlocks(page));
    expect(counts.words, `/${path} has body text`).toBeGreaterThan(30);
    grades.push(`${`/${path}`.padEnd(32)} grade ${counts.grade.toFixed(1).padStart(4)}  ${String(counts.words).padStart(5)} words  ${(counts.words / counts.sentences).toFixed(1)} words/sentence`);
    if (counts.grade > MAX_GRADE) tooHard.push(`/${path}: grade ${counts.grade}`);
  }
  console.log(`Reading grade (Flesch–Kincaid) of each page:\n${grades.join('\n')}`);
  expect(tooHard, `pages above grade ${MAX_GRADE}`).toEqual([]);
});

test('no page uses wording the content guide rules out', async ({ page, request, baseURL }) => {
  const found: string[] = [];
  for (const path of await sitemapPaths(request, baseURL!)) {
    await page.goto(path);
    const text = await page.locator('body').innerText();
    for (const problem of languageProblems(text)) found.push(`/${path}: "${problem.phrase}" (${problem.why}) in: ${problem.sentence}`);
  }
  expect(found).toEqual([]);
});

test('every content page shows its review dates and a short description', async ({ page, request, baseURL }) => {
  for (const path of await sitemapPaths(request, baseURL!)) {
    await page.goto(path);
    const description = await page.locator('meta[name="description"]').getAttribute('content');
    expect(description?.length ?? 0, `/${path} description length`).toBeGreaterThan(30);
    expect(description!.length, `/${path} description length`).toBeLessThanOrEqual(160);
    if (NOT_ARTICLES.has(path)) continue;
    const dates = page.locator('[data-review-dates]');
    await expect(dates, `/${path} review dates`).toContainText(/Page last reviewed: \w+ \d{1,2}, \d{4}/);
    await expect(dates).toContainText(/Next review due: \w+ \d{1,2}, \d{4}/);
  }
});

test('every citation points to a reference listed on the sources page', async ({ page, request, baseURL }) => {
  await page.goto('sources/');
  const listed = new Set(await page.locator('[id^="ref-"]').evaluateAll((els) => els.map((el) => el.id)));
  expect(listed.size, 'the sources page lists references').toBeGreaterThan(3);
  await expect(page.getByText('NW Ketamine Infusion').first()).toBeVisible();
  const missing: string[] = [];
  for (const path of await sitemapPaths(request, baseURL!)) {
    await page.goto(path);
    const cited = await page.locator('a[href*="sources/#ref-"]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).hash.slice(1)));
    for (const id of cited) if (!listed.has(id)) missing.push(`/${path} cites #${id}`);
  }
  expect(missing).toEqual([]);
});

test('the words use only elements the stylesheet styles', async ({ page, request, baseURL }) => {
  // tailwind.config.cjs leaves out the typography styles of these elements,
  // which no page uses; a page that starts using one needs them back.
  const unstyled = '.prose :is(blockquote, h1, h4, dl, hr, video, kbd, pre, tfoot, ol[type], .lead)';
  const found: string[] = [];
  for (const path of await sitemapPaths(request, baseURL!)) {
    await page.goto(path);
    const tags = await page.locator(unstyled).evaluateAll((els) => els.map((el) => el.tagName.toLowerCase()));
    if (tags.length > 0) found.push(`/${path}: ${[...new Set(tags)].join(', ')} (remove from UNUSED_PROSE_SELECTORS in tailwind.config.cjs)`);
  }
  expect(found).toEqual([]);
});
