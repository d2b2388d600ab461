/**
 * The rows of the /quality/ table, as HTML: one row a page, written into the
 * built page after every other page is built (src/integrations/quality-report.ts).
 */
import { escapeHtml } from './clinic-kit';
import { joinBase } from './paths';
import type { PageFacts } from './page-facts';
import { formatReviewDate } from './review-dates';

/** The headings the /quality/ page adds after its words, for its contents list and its sections. */
export const QUALITY_SECTIONS = {
  publisher: { depth: 2, slug: 'who-publishes-this-copy', text: 'Who publishes this copy' },
  corrections: { depth: 2, slug: 'report-an-error', text: 'Report an error' },
  table: { depth: 2, slug: 'every-page-and-its-checks', text: 'Every page and its checks' },
} as const;

/** Where the built /quality/ page takes its rows: an empty table body the build fills in. */
export const QUALITY_ROWS_SLOT = '<tbody data-quality-rows></tbody>';

export interface PageRow extends PageFacts {
  /** The page's path without the base: "/success/hope/". */
  path: string;
}

export function qualityRows(rows: readonly PageRow[], base: string): string {
  const date = (iso: string) => `<time datetime="${iso}">${escapeHtml(formatReviewDate(new Date(iso)))}</time>`;
  const cells = (row: PageRow) =>
    [
      `<th scope="row"><a href="${escapeHtml(joinBase(base, row.path))}">${escapeHtml(row.title)}</a></th>`,
      `<td>${row.grade.toFixed(1)}</td>`,
      `<td>${row.words}</td>`,
      `<td>${date(row.lastReviewed)}</td>`,
      `<td>${date(row.nextReview)}</td>`,
      `<td>${row.sources}</td>`,
      `<td>${row.inShortFirst ? 'Yes' : 'No'}</td>`,
    ].join('');
  return `<tbody data-quality-rows>${rows.map((row) => `<tr data-path="${escapeHtml(row.path)}">${cells(row)}</tr>`).join('')}</tbody>`;
}
