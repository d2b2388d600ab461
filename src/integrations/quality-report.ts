/**
 * After the build, fills the table on each language's quality page
 * (/quality/, /es/calidad/) with the figures of every built page in that
 * language (its `<html lang>`): reading score by the language's measure,
 * words, review dates, sources, and whether "In short" comes first. They are
 * read from the pages as built, with the same functions the tests use to hold
 * each page to its limits (src/lib/page-facts.ts), so the table shows what is
 * checked, not what was meant.
 *
 * Runs before the search index and the link check, so that both see the
 * finished page.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageFacts } from '../lib/page-facts';
import { qualityRows, QUALITY_ROWS_SLOT, type PageRow } from '../lib/quality-table';
import { withTrailingSlash } from '../lib/paths';

export function qualityReport(): AstroIntegration {
  let base = '/';
  return {
    name: 'site-quality-report',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages = readdirSync(site, { recursive: true, encoding: 'utf8' })
          .map((file) => file.split(sep).join('/'))
          .filter((file) => file.endsWith('index.html'))
          .map((file) => ({ file: join(site, file), path: `/${file.slice(0, -'index.html'.length)}`, html: readFileSync(join(site, file), 'utf8') }));
        const facts: PageRow[] = pages
          .flatMap(({ path, html }) => {
            const page = pageFacts(html);
            return page ? [{ path, ...page }] : [];
          })
          .sort((a, b) => a.path.localeCompare(b.path));
        // A quality page is one with the empty table to fill: one per language built.
        const reports = pages.filter(({ html }) => html.includes(QUALITY_ROWS_SLOT));
        if (!reports.some(({ path }) => path === '/quality/')) throw new Error(`/quality/ has no ${QUALITY_ROWS_SLOT} to fill`);
        for (const report of reports) {
          const lang = facts.find(({ path }) => path === report.path)?.lang;
          if (!lang) throw new Error(`${report.file}: a quality table on a page without review dates`);
          const rows = facts.filter((page) => page.lang === lang);
          writeFileSync(report.file, report.html.replace(QUALITY_ROWS_SLOT, qualityRows(rows, base, lang)));
          logger.info(`Quality: figures of ${rows.length} pages on ${report.path}`);
        }
      },
    },
  };
}
