/**
 * The words on the built pages: reading level, and the sources page that
 * citations point to. Forbidden wording, review dates, descriptions, that
 * every citation resolves and unstyled elements are checked on every page by
 * every-page.spec.ts. The reading grade of every page is printed on each
 * run, so the figure is always visible.
 */
import { expect, test } from '@playwright/test';
import { pageFacts, type PageFacts } from '../../src/lib/page-facts';
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


test('the sources page lists the references that citations point to, the original post among them', async ({ page }) => {
  await page.goto('sources/');
  const listed = await page.locator('[id^="ref-"]').evaluateAll((els) => els.map((el) => el.id));
  expect(listed.length, 'the sources page lists references').toBeGreaterThan(3);
  await expect(page.getByText('NW Ketamine Infusion').first()).toBeVisible();
});
