/**
 * Bundles the browser code in src/client/ with esbuild at build time: the
 * on-demand modules served as their own files (/search-ui.js,
 * /search-highlight.js) and the launcher inlined in every page. Astro's own
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

let launcher: Promise<string> | null = null;

/** The launcher script for every page, built once per build so that every page gets the same bytes. */
export function launcherScript(): Promise<string> {
  // Without the strict-mode prologue: the launcher does not rely on strict
  // mode, and every byte of inline script counts against the page budget.
  launcher ??= bundle('search-launcher.ts', 'iife').then((code) => code.replace(/^"use strict";/, ''));
  return launcher;
}
