/**
 * After the build, fills the table on /quality/ with the figures of every
 * built page: reading grade, words, review dates, sources, and whether "In
 * short" comes first. They are read from the pages as built, with the same
 * functions the tests use to hold each page to its limits (src/lib/page-facts.ts),
 * so the table shows what is checked, not what was meant.
 *
 * Runs before the search index and the link check, so that both see the
 * finished page.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageFacts } from '../lib/page-facts';
import { qualityRows, QUALITY_ROWS_SLOT } from '../lib/quality-table';
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
        const reportFile = join(site, 'quality', 'index.html');
        const facts = readdirSync(site, { recursive: true, encoding: 'utf8' })
          .map((file) => file.split(sep).join('/'))
          .filter((file) => file.endsWith('index.html'))
          .flatMap((file) => {
            const page = pageFacts(readFileSync(join(site, file), 'utf8'));
            return page ? [{ path: `/${file.slice(0, -'index.html'.length)}`, ...page }] : [];
          })
          .sort((a, b) => a.path.localeCompare(b.path));
        const html = readFileSync(reportFile, 'utf8');
        if (!html.includes(QUALITY_ROWS_SLOT)) throw new Error(`${reportFile}: the quality table has no ${QUALITY_ROWS_SLOT} to fill`);
        writeFileSync(reportFile, html.replace(QUALITY_ROWS_SLOT, qualityRows(facts, base)));
        logger.info(`Quality: figures of ${facts.length} pages on /quality/`);
      },
    },
  };
}
