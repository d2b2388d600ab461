/**
 * The words of every built page, read from the HTML files the build wrote:
 * no wording the content guide rules out, a description fit for a link
 * preview, review dates on every article, citations that lead to a listed
 * reference, and only the elements the stylesheet styles. Every page is
 * checked and every failure names its page, so one run shows them all.
 */
import { describe, expect, it } from 'vitest';
import { languageProblems } from '../../src/lib/language';
import { LANGUAGES } from '../../src/lib/i18n/languages';
import { searchPath } from '../../src/lib/navigation';
import { attributeOf, builtSite, elementsIn, textIn } from './site';

const site = builtSite();
/** The search page of each language is a tool, not an article: no review dates. */
const TOOLS = new Set(LANGUAGES.map((lang) => searchPath(lang).slice(1)));
const articles = site.pages.filter((page) => !TOOLS.has(page.path));

describe('the words of every built page', () => {
  it('uses no wording the content guide rules out', () => {
    const wording = site.pages.flatMap((page) =>
      languageProblems(textIn(elementsIn(page, 'body')[0] ?? null)).map((problem) => `/${page.path}: "${problem.phrase}" (${problem.why}) in: ${problem.sentence}`),
    );
    expect(wording).toEqual([]);
  });

  it('gives every page a description of more than 30 and at most 160 characters, for link previews', () => {
    const wrong = site.pages
      .map((page) => ({ page, length: attributeOf(page, 'meta[name="description"]', 'content')?.length ?? 0 }))
      .filter(({ length }) => length <= 30 || length > 160)
      .map(({ page, length }) => `/${page.path}: ${length} characters`);
    expect(wrong).toEqual([]);
  });

  it('says on every article when it was last reviewed and when it will be next', () => {
    const missing = articles.flatMap((page) => {
      const dates = textIn(elementsIn(page, '[data-review-dates]')[0] ?? null);
      // Both dates are there, each a <time> with its date as the machine reads it.
      const times = elementsIn(page, '[data-review-dates] time').map((time) => time.attributes['datetime'] ?? '');
      if (times.length !== 2 || !times.every((iso) => /^\d{4}-\d{2}-\d{2}$/.test(iso))) return [`/${page.path} has no review dates: "${dates}"`];
      if (page.lang !== 'en') return [];
      return [/Page last reviewed: \w+ \d{1,2}, \d{4}/, /Next review due: \w+ \d{1,2}, \d{4}/].filter((line) => !line.test(dates)).map((line) => `/${page.path}: ${line} in "${dates}"`);
    });
    expect(articles.length).toBeGreaterThan(20);
    expect(missing).toEqual([]);
  });

  it('cites only references that the sources page lists', () => {
    const cited = site.pages.flatMap((page) =>
      elementsIn(page, 'a[href*="#ref-"]').map((link) => ({ page, href: new URL(link.attributes['href']!, `https://site.example/${page.path}`) })),
    );
    const unlisted = cited
      .filter(({ href }) => {
        const target = site.pages.find((page) => `${site.base}${page.path}` === href.pathname);
        return !target || elementsIn(target, `[id="${href.hash.slice(1)}"]`).length === 0;
      })
      .map(({ page, href }) => `/${page.path} cites ${href.pathname}${href.hash}`);
    expect(cited.length, 'citations found').toBeGreaterThan(20);
    expect(unlisted).toEqual([]);
  });

  it('uses only elements the stylesheet styles in the words', () => {
    // src/styles/prose.css styles only the elements the guide's words use
    // (every byte of it is in every page); a page that starts using another
    // one shows it unstyled until prose.css gives it a look.
    const unstyled = ['blockquote', 'h1', 'h4', 'h5', 'h6', 'dl', 'hr', 'video', 'kbd', 'pre', 'tfoot', 'ol[type]'];
    const used = site.pages.flatMap((page) => elementsIn(page, ...unstyled.map((selector) => `.prose ${selector}`)).map((el) => `/${page.path}: ${el.name}`));
    expect(used, 'style them in src/styles/prose.css').toEqual([]);
  });
});
