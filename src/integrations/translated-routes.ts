/**
 * The routes of a language other than English (src/routes/<lang>/), added
 * to the site only when that language is built: a copy that turns the
 * Spanish edition off in site.config.ts builds no /es/ page at all. Each
 * file's address is its path under src/routes, as in src/pages: a page
 * (.astro) or an endpoint (search-ui.js.ts gives search-ui.js).
 *
 * A language's not-found page is written as <lang>/404.html, where hosts
 * that look for the nearest 404.html (and scripts/serve.mjs) find it.
 */
import { existsSync, readdirSync, renameSync, rmdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { Lang } from '../lib/i18n/languages';

const routesDir = fileURLToPath(new URL('../routes/', import.meta.url));

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) =>
    item.isDirectory() ? routeFiles(join(dir, item.name)) : /\.(astro|ts)$/.test(item.name) ? [join(dir, item.name)] : [],
  );
}

/** "es/[part]/[topic].astro" → "/es/[part]/[topic]"; "es/index.astro" → "/es"; "es/search-ui.js.ts" → "/es/search-ui.js". */
export function routePattern(file: string): string {
  return `/${file.replace(/\.(astro|ts)$/, '').replace(/(?:^|\/)index$/, '')}`;
}

export function translatedRoutes(languages: readonly Lang[]): AstroIntegration {
  return {
    name: 'translated-routes',
    hooks: {
      'astro:config:setup': ({ injectRoute }) => {
        for (const lang of languages) {
          for (const file of routeFiles(join(routesDir, lang))) {
            injectRoute({ pattern: routePattern(relative(routesDir, file)), entrypoint: file });
          }
        }
      },
      'astro:build:done': ({ dir }) => {
        for (const lang of languages) {
          const built = fileURLToPath(new URL(`${lang}/404/`, dir));
          if (!existsSync(join(built, 'index.html'))) continue;
          renameSync(join(built, 'index.html'), fileURLToPath(new URL(`${lang}/404.html`, dir)));
          rmdirSync(built);
        }
      },
    },
  };
}
