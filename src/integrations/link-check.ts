/**
 * After the build, checks every link and image on every page (see
 * src/lib/link-check.ts) and fails the build naming the page, its content
 * file and the link or image. First
 * it checks that every address once published (content/published-addresses.txt)
 * still leads to its page and section.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { brokenLinks, lostAddresses, type BuiltPage } from '../lib/link-check';
import { contentFiles } from './content-files';
import { withTrailingSlash } from '../lib/paths';
import { AstroError } from 'astro/errors';
import { langOfPath, type Lang } from '../lib/i18n/languages';
import { publishedAddresses } from '../lib/published-addresses';

/** `languages`: those this copy builds; a published address in a language it leaves out (Spanish turned off) is not looked for. */
export function linkCheck(contentDir: string, languages: readonly Lang[]): AstroIntegration {
  let base = '/';
  return {
    name: 'site-link-check',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = withTrailingSlash(config.base);
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
        const publishedFile = join(contentDir, 'published-addresses.txt');
        if (existsSync(publishedFile)) {
          const published = publishedAddresses(readFileSync(publishedFile, 'utf8')).filter((address) => languages.includes(langOfPath(address)));
          const lost = lostAddresses(published, pages, base);
          if (lost.length > 0) {
            const lines = lost.map(({ address, why }) => `${address} ${why}`);
            throw new AstroError(
              `Addresses that clinics may have linked to no longer lead anywhere (${publishedFile}):\n${lines.join('\n')}`,
              "Keep a reworded heading's old id with `headingIds` in its page's front matter, or keep the page at its address.",
            );
          }
          logger.info('Links: every published address resolves');
        }

        const sources = contentFiles(contentDir);
        const broken = brokenLinks(pages, base, otherFiles);
        if (broken.length > 0) {
          const lines = broken.map((link) => {
            const source = sources.get(`/${link.page.slice(base.length)}`);
            return `${source ?? link.page} (${link.page}): the ${link.kind} "${link.href}" ${link.why}`;
          });
          throw new AstroError(
            `Broken links:\n${lines.join('\n')}`,
            'Write links inside the guide from the root, to a page and a section that exist (for example /success/hope/#why-does-hope-matter-so-much); put images in public/ and link them from the root.',
          );
        }
        logger.info(`Links: every link and image on ${pages.length} pages resolves`);
      },
    },
  };
}
