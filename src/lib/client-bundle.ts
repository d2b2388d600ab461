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

/** A module served as a file of its own, fetched on demand. */
export function clientModule(entry: string): Promise<string> {
  return bundle(entry, 'esm');
}

const inlined = new Map<string, Promise<string>>();

/**
 * A script inlined in every page (the theme script, the search launcher),
 * built once per build so that every page gets the same bytes.
 */
export function inlineScript(entry: string): Promise<string> {
  // Without the strict-mode prologue: these scripts do not rely on strict
  // mode, and every byte of inline script counts against the page budget.
  let code = inlined.get(entry);
  if (!code) {
    code = bundle(entry, 'iife').then((text) => text.replace(/^"use strict";/, ''));
    inlined.set(entry, code);
  }
  return code;
}
