/**
 * Builds the Pagefind search index into `<outDir>/pagefind/` after every
 * `astro build`, so that a build is always a complete, searchable site. In
 * `astro dev` it serves the index of the last build, and says plainly when
 * there is none yet.
 *
 * Pagefind writes one index per language, from each page's <html lang>, and
 * stems each with its language's rules; a page searches the index of its own
 * language (src/client/pagefind.ts). A page whose language is not one of the
 * guide's would get an index no search page loads, so the build stops.
 */
import { existsSync, createReadStream, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';
import { withTrailingSlash } from '../lib/paths';
import { isLang, LANGUAGES } from '../lib/i18n/languages';

/** The languages of a written index and how many pages each holds, from Pagefind's entry file. */
function indexLanguages(indexDir: string): Record<string, number> {
  const entry = JSON.parse(readFileSync(join(indexDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  return Object.fromEntries(Object.entries(entry.languages).map(([lang, index]) => [lang, index.page_count]));
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.wasm': 'application/wasm',
};

export function pagefind(): AstroIntegration {
  let outDir = '';
  let base = '/';
  return {
    name: 'site-pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = withTrailingSlash(config.base);
      },
      'astro:server:setup': ({ server, logger }) => {
        const indexDir = join(outDir, 'pagefind');
        if (!existsSync(join(indexDir, 'pagefind.js'))) {
          logger.warn('Search has no index yet: run `npm run build` once and search will work here too.');
        }
        const prefix = `${base}pagefind/`;
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0] ?? '';
          if (!path.startsWith(prefix)) return next();
          const file = normalize(join(indexDir, path.slice(prefix.length)));
          if (!file.startsWith(indexDir) || !existsSync(file) || !statSync(file).isFile()) return next();
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        // The "#" copy-link controls beside headings are not words of the page.
        const { index, errors } = await createIndex({ excludeSelectors: ['[data-copy-link]'] });
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
        const indexDir = join(site, 'pagefind');
        const written = await index.writeFiles({ outputPath: indexDir });
        if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
        await close();
        const languages = indexLanguages(indexDir);
        const strays = Object.keys(languages).filter((lang) => !isLang(lang));
        if (strays.length > 0) {
          throw new Error(`Pages with <html lang> ${strays.map((lang) => `"${lang}"`).join(', ')}: search has an index only for ${LANGUAGES.join(', ')}.`);
        }
        const perLanguage = Object.entries(languages).map(([lang, pages]) => `${pages} ${lang}`).join(', ');
        logger.info(`Search index: ${added.page_count} pages (${perLanguage})`);
      },
    },
  };
}
