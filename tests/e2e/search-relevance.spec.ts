/**
 * The relevance set (tests/search-relevance.json): questions readers type, in
 * their own words, each with the pages that answer it. Every question runs
 * through the search the reader uses (the search module's searchGuide, in
 * the browser, on the built index). At least 90% must have a right page
 * among the first three results; every miss is printed with what came first.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

interface Question {
  reader: string;
  q: string;
  pages: string[];
}

const TOP = 3;
const REQUIRED_SHARE = 0.9;
const { questions } = JSON.parse(readFileSync(new URL('../search-relevance.json', import.meta.url), 'utf8')) as { questions: Question[] };

test('readers’ questions find a page that answers them among the first three results', async ({ page }) => {
  test.setTimeout(180_000);
  expect(questions.length).toBeGreaterThanOrEqual(40);
  await page.goto('');
  const found = await page.evaluate(
    async ({ questions }) => {
      const root = document.documentElement;
      const search = (await import(root.dataset['searchModule']!)) as {
        searchGuide: (q: string) => Promise<{ pages: { url: string }[] }>;
      };
      const base = root.dataset['base']!.replace(/\/?$/, '/');
      const answers: string[][] = [];
      for (const { q } of questions) {
        const answer = await search.searchGuide(q);
        // Result addresses as site paths, without the base, the highlight words or a section.
        answers.push(answer.pages.map((p) => `/${p.url.split(/[?#]/)[0]!.slice(base.length)}`));
      }
      return answers;
    },
    { questions },
  );

  const misses: string[] = [];
  questions.forEach(({ q, pages, reader }, i) => {
    const top = found[i]!.slice(0, TOP);
    if (!top.some((path) => pages.includes(path))) {
      misses.push(`  [${reader}] "${q}"\n      wanted ${pages.join(' or ')}\n      got    ${top.join(', ') || 'nothing'}`);
    }
  });
  const share = (questions.length - misses.length) / questions.length;
  console.log(
    `Search relevance: ${questions.length - misses.length} of ${questions.length} questions (${(share * 100).toFixed(1)}%) ` +
      `have a right page in the top ${TOP}.${misses.length ? `\nMisses:\n${misses.join('\n')}` : ''}`,
  );
  expect(share, `at least ${REQUIRED_SHARE * 100}% of questions find a right page in the top ${TOP}`).toBeGreaterThanOrEqual(REQUIRED_SHARE);
});
