/**
 * Bundles the browser code in src/client/ with esbuild at build time: the
 * on-demand modules served as their own files (/search-ui.js,
 * /search-highlight.js) and the small scripts inlined in every page. Astro's own
 * script pipeline would either inline a module in every page or load it up
 * front; content pages must fetch no JavaScript until search is opened.
 */
import { resolve } from 'node:path';
import { build } from 'esbuild';

async function bundle(entry: string, format: 'esm' | 'iife'): Promise<string> {
  const result = await build({
    entryPoints: [resolve('src/client', entry)],
    bundle: true,
    minify: true,
    format,
    target: 'es2022',
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0]?.text.trim() ?? '';
}

const built = new Map<string, Promise<string>>();

/** Bundles each entry once per build: every page that asks gets the same bytes, without a second esbuild run. */
function once(entry: string, format: 'esm' | 'iife', make: () => Promise<string>): Promise<string> {
  const key = `${format}:${entry}`;
  let code = built.get(key);
  if (!code) {
    code = make();
    built.set(key, code);
  }
  return code;
}

/** A module: served as a file of its own and fetched on demand, or inlined where every byte of it is wanted (copy links). */
export function clientModule(entry: string): Promise<string> {
  return once(entry, 'esm', () => bundle(entry, 'esm'));
}

/**
 * A script inlined in every page (the theme script, the search launcher),
 * built once per build so that every page gets the same bytes.
 */
export function inlineScript(entry: string): Promise<string> {
  // Without the strict-mode prologue: these scripts do not rely on strict
  // mode, and every byte of inline script counts against the page budget.
  return once(entry, 'iife', () => bundle(entry, 'iife').then((text) => text.replace(/^"use strict";/, '')));
}
