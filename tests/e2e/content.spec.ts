/**
 * The words on the built pages: reading level, forbidden wording, review
 * dates, descriptions and citations. The reading grade of every page is
 * printed on each run, so the figure is always visible.
 */
import { expect, test } from '@playwright/test';
import { pageFacts, type PageFacts } from '../../src/lib/page-facts';
import { languageProblems } from '../../src/lib/language';
import { sitemapPaths } from './site';

/** Pages that are tools rather than explainers: no reading grade or review dates. */
const NOT_ARTICLES = new Set(['search/', '404.html']);
const MAX_GRADE = 8;

test('every page reads at grade 8 or below, and /quality/ publishes the same figures', async ({ page, request, baseURL }) => {
  const grades: string[] = [];
  const tooHard: string[] = [];
  const measured = new Map<string, PageFacts>();
  for (const path of await sitemapPaths(request, baseURL!)) {
    if (NOT_ARTICLES.has(path)) continue;
    const facts = pageFacts(await (await request.get(path)).text());
    expect(facts, `/${path} has review dates`).not.toBeNull();
    measured.set(`/${path}`, facts!);
    expect(facts!.words, `/${path} has body text`).toBeGreaterThan(30);
    grades.push(`${`/${path}`.padEnd(32)} grade ${facts!.grade.toFixed(1).padStart(4)}  ${String(facts!.words).padStart(5)} words`);
    if (facts!.grade > MAX_GRADE) tooHard.push(`/${path}: grade ${facts!.grade}`);
  }
  console.log(`Reading grade (Flesch–Kincaid) of each page:\n${grades.join('\n')}`);
  expect(tooHard, `pages above grade ${MAX_GRADE}`).toEqual([]);

  // The table a reader sees on /quality/ says what was measured here, for every page.
  await page.goto('quality/');
  const rows = page.locator('[data-quality-rows] tr');
  const published = new Map<string, string[]>();
  for (const row of await rows.all()) {
    published.set((await row.getAttribute('data-path'))!, await row.locator('th, td').allInnerTexts());
  }
  expect([...published.keys()].sort()).toEqual([...measured.keys()].sort());
  for (const [path, facts] of measured) {
    const [title, grade, words, , , sources, inShort] = published.get(path)!;
    expect({ path, title, grade, words, sources, inShort }).toEqual({
      path,
      title: facts.title,
      grade: facts.grade.toFixed(1),
      words: String(facts.words),
      sources: String(facts.sources),
      inShort: facts.inShortFirst ? 'Yes' : 'No',
    });
  }
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
