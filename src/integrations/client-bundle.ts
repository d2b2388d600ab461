/**
 * Bundles the browser code in src/client/ with esbuild at build time: the
 * on-demand modules served as their own files (/search-ui.js and
 * /es/search-ui.js, /search-highlight.js) and the small scripts inlined in
 * every page. Astro's own script pipeline would either inline a module in
 * every page or load it up front; content pages must fetch no JavaScript
 * until search is opened.
 */
import { resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import type { Lang } from '../lib/i18n/languages';

/**
 * Puts one language's search words in place of every language's
 * (src/lib/i18n/search-languages.ts), so that a page's search module
 * carries the words of the page's language alone.
 */
function searchLanguageOnly(lang: Lang): Plugin {
  return {
    name: 'search-language-only',
    setup(build) {
      build.onResolve({ filter: /\/search-languages$/ }, () => ({ path: lang, namespace: 'search-language-only' }));
      build.onLoad({ filter: /.*/, namespace: 'search-language-only' }, () => ({
        contents: `import { ${lang} } from './${lang}/search-language';\nexport const SEARCH_LANGUAGES = { ${lang} };`,
        resolveDir: resolve('src/lib/i18n'),
        loader: 'ts',
      }));
    },
  };
}

async function bundle(entry: string, format: 'esm' | 'iife', lang?: Lang): Promise<string> {
  const result = await build({
    entryPoints: [resolve('src/client', entry)],
    bundle: true,
    minify: true,
    format,
    target: 'es2022',
    write: false,
    legalComments: 'none',
    plugins: lang ? [searchLanguageOnly(lang)] : [],
  });
  return result.outputFiles[0]?.text.trim() ?? '';
}

const built = new Map<string, Promise<string>>();

/** Bundles each module once per build: every page that asks gets the same bytes, without a second esbuild run. */
function once(key: string, make: () => Promise<string>): Promise<string> {
  let code = built.get(key);
  if (!code) {
    code = make();
    built.set(key, code);
  }
  return code;
}

/** A module: served as a file of its own and fetched on demand, or inlined where every byte of it is wanted (copy links). */
export function clientModule(entry: string): Promise<string> {
  return once(`esm:${entry}`, () => bundle(entry, 'esm'));
}

/** The search module for the pages of one language, with that language's words only. */
export function searchModule(lang: Lang): Promise<string> {
  return once(`esm:search.ts:${lang}`, () => bundle('search.ts', 'esm', lang));
}

/**
 * A script inlined in every page (the theme script, the search launcher),
 * built once per build so that every page gets the same bytes.
 */
export function inlineScript(entry: string): Promise<string> {
  // Without the strict-mode prologue: these scripts do not rely on strict
  // mode, and every byte of inline script counts against the page budget.
  return once(`iife:${entry}`, () => bundle(entry, 'iife').then((text) => text.replace(/^"use strict";/, '')));
}
