/**
 * The sections /quality/ (and /es/calidad/) adds after its words, and the
 * rows of its table, as HTML: one row a page of the same language, written
 * into the built page after every other page is built
 * (src/integrations/quality-report.ts).
 */
import { escapeHtml, type Heading } from './clinic-kit';
import { dictionaryFor, type Dictionary } from './i18n/dictionary';
import type { Lang } from './i18n/languages';
import { joinBase } from './paths';
import type { PageFacts } from './page-facts';
import { formatReviewDate } from './review-dates';

type QualitySection = keyof Dictionary['quality']['sections'];

/** The headings the quality page adds after its words, in its language, for its contents list and its sections. */
export function qualitySections(lang: Lang): Readonly<Record<QualitySection, Heading>> {
  const { publisher, corrections, table } = dictionaryFor(lang).quality.sections;
  const heading = ({ id, text }: { id: string; text: string }): Heading => ({ depth: 2, slug: id, text });
  return { publisher: heading(publisher), corrections: heading(corrections), table: heading(table) };
}

/** Where the built /quality/ page takes its rows: an empty table body the build fills in. */
export const QUALITY_ROWS_SLOT = '<tbody data-quality-rows></tbody>';

export interface PageRow extends PageFacts {
  /** The page's path without the base: "/success/hope/". */
  path: string;
}

/** The rows of one language's table: its own pages, their reading scores by that language's measure, dates and "yes" in its words. */
export function qualityRows(rows: readonly PageRow[], base: string, lang: Lang): string {
  const words = dictionaryFor(lang).quality;
  const date = (iso: string) => `<time datetime="${iso}">${escapeHtml(formatReviewDate(new Date(iso), lang))}</time>`;
  const cells = (row: PageRow) =>
    [
      `<th scope="row"><a href="${escapeHtml(joinBase(base, row.path))}">${escapeHtml(row.title)}</a></th>`,
      `<td>${row.readability.score.toFixed(1)}</td>`,
      `<td>${row.words}</td>`,
      `<td>${date(row.lastReviewed)}</td>`,
      `<td>${date(row.nextReview)}</td>`,
      `<td>${row.sources}</td>`,
      `<td>${row.inShortFirst ? words.yes : words.no}</td>`,
    ].join('');
  return `<tbody data-quality-rows>${rows.map((row) => `<tr data-path="${escapeHtml(row.path)}">${cells(row)}</tr>`).join('')}</tbody>`;
}
