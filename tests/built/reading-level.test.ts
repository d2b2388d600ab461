/**
 * How easy each built page is to read, measured on its HTML with the code
 * the quality pages use (src/lib/page-facts.ts): every article is held to
 * the limit of the measure its `<html lang>` picks (src/lib/readability.ts,
 * MEASURE_OF: a Flesch–Kincaid grade in English, INFLESZ in Spanish; a new
 * language adds its measure there), and each language's quality page
 * publishes the same figures. The figure of every page is printed on each
 * run, so that it is always in view.
 */
import type { ElementNode } from 'ultrahtml';
import { querySelectorAll } from 'ultrahtml/selector';
import { describe, expect, it } from 'vitest';
import { dictionaryFor } from '../../src/lib/i18n/dictionary';
import { pageFacts, type PageFacts } from '../../src/lib/page-facts';
import { QUALITY_ROWS_SLOT } from '../../src/lib/quality-table';
import { describeReadability, MEASURE_OF, READING_MEASURES, readsEasily } from '../../src/lib/readability';
import { builtSite, elementsIn, textIn } from './site';

const site = builtSite();
/** Every page with review dates (all but the search pages), by its address: "/basics/". */
const measured = new Map(
  site.pages.flatMap((page) => {
    const facts = pageFacts(page.html);
    return facts ? [[`/${page.path}`, facts] as [string, PageFacts]] : [];
  }),
);

describe('the reading level of every built page', () => {
  it('is within the limit of its language for every article, with body text to measure', () => {
    const lines: string[] = [];
    const problems: string[] = [];
    for (const [path, facts] of measured) {
      lines.push(`${path.padEnd(40)} ${describeReadability(facts.readability).padEnd(28)} ${String(facts.words).padStart(5)} words`);
      if (!readsEasily(facts.readability)) problems.push(`${path}: ${describeReadability(facts.readability)}`);
      if (facts.words <= 30) problems.push(`${path}: only ${facts.words} words of body text`);
    }
    console.log(`Reading score of each page (English: Flesch–Kincaid grade; Spanish: INFLESZ):\n${lines.join('\n')}`);
    expect(measured.size).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  it('is published on each language’s quality page as measured here, for every article of that language', () => {
    const reports = site.pages.filter((page) => elementsIn(page, '[data-quality-rows]').length > 0);
    expect(reports.map((page) => page.path)).toContain('quality/');
    for (const report of reports) {
      expect(report.html, `/${report.path}: the build filled the table`).not.toContain(QUALITY_ROWS_SLOT);
      const lang = measured.get(`/${report.path}`)!.lang;
      const words = dictionaryFor(lang).quality;
      // The score column names the measure of the page's language: "INFLESZ (65 o más)" on the Spanish page.
      const table = elementsIn(report, '[data-quality-rows]')[0]!.parent as ElementNode;
      const columns = (querySelectorAll(table, 'thead th') as ElementNode[]).map((cell) => textIn(cell));
      expect(columns[1], `/${report.path}: the score column`).toBe(words.columns.readability(READING_MEASURES[MEASURE_OF[lang]].limit));
      const published = new Map(
        elementsIn(report, '[data-quality-rows] tr').map((row) => [
          row.attributes['data-path']!,
          row.children.filter((cell) => 'name' in cell && (cell.name === 'th' || cell.name === 'td')).map((cell) => textIn(cell)),
        ]),
      );
      const ofItsLanguage = [...measured].filter(([, facts]) => facts.lang === lang);
      expect([...published.keys()].sort(), `/${report.path} lists every ${lang} article`).toEqual(ofItsLanguage.map(([path]) => path).sort());
      for (const [path, facts] of ofItsLanguage) {
        const [title, score, wordCount, , , sources, inShort] = published.get(path)!;
        expect({ path, title, score, wordCount, sources, inShort }).toEqual({
          path,
          title: facts.title,
          score: facts.readability.score.toFixed(1),
          wordCount: String(facts.words),
          sources: String(facts.sources),
          inShort: facts.inShortFirst ? words.yes : words.no,
        });
      }
    }
  });

  it('lists on the sources page the references that citations point to, the original post among them', () => {
    const sources = site.page('sources/');
    expect(elementsIn(sources, '[id^="ref-"]').length).toBeGreaterThan(3);
    expect(textIn(elementsIn(sources, 'main')[0] ?? null)).toContain('NW Ketamine Infusion');
  });
});
