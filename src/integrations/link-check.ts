/**
 * After the build, checks every link on every page (see src/lib/link-check.ts)
 * and fails the build naming the page, its content file and the link.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { brokenLinks, type BuiltPage } from '../lib/link-check';
import { contentFiles } from '../lib/routes';

export function linkCheck(contentDir: string): AstroIntegration {
  let base = '/';
  return {
    name: 'site-link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pages: BuiltPage[] = [];
        const otherFiles = new Set<string>();
        for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
          if (!entry.isFile()) continue;
          const file = relative(site, join(entry.parentPath, entry.name)).split(sep).join('/');
          if (file.endsWith('index.html')) pages.push({ path: `${base}${file.slice(0, -'index.html'.length)}`, html: readFileSync(join(site, file), 'utf8') });
          else otherFiles.add(`${base}${file}`);
        }
        const sources = contentFiles(contentDir);
        const broken = brokenLinks(pages, base, otherFiles);
        if (broken.length > 0) {
          const lines = broken.map((link) => {
            const source = sources.get(`/${link.page.slice(base.length)}`);
            return `${source ?? link.page} (${link.page}): the link "${link.href}" ${link.why}`;
          });
          throw new Error(`Broken links:\n${lines.join('\n')}`);
        }
        logger.info(`Links: every link on ${pages.length} pages resolves`);
      },
    },
  };
}
