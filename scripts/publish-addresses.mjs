#!/usr/bin/env node
/**
 * Adds to content/published-addresses.txt every page and section address that
 * the built clinic kits (/clinics/, /es/clinicas/) hand out and the file does not list yet,
 * so that from then on the build fails if one of them stops leading to its
 * section. Run it after `npm run build`, when new pages or sections go live.
 *
 *   npm run addresses
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { kitAddresses, publishedAddresses } from '../src/lib/published-addresses.ts';

const root = resolve(import.meta.dirname, '..');
const listFile = join(root, 'content', 'published-addresses.txt');
// The clinic kit of each language hands out its own language's addresses.
const KITS = ['clinics/', 'es/clinicas/'];
const built = KITS.map((kit) => ({ kit, file: join(root, process.env.OUT_DIR ?? 'dist', kit, 'index.html') })).filter(({ file }) => existsSync(file));

if (built.length === 0) {
  console.error(`No built clinic kit in ${process.env.OUT_DIR ?? 'dist'}: run \`npm run build\` first.`);
  process.exit(1);
}
const text = readFileSync(listFile, 'utf8');
const listed = new Set(publishedAddresses(text));
const handedOut = built.flatMap(({ kit, file }) => kitAddresses(readFileSync(file, 'utf8'), kit));
const added = [...new Set(handedOut)].filter((address) => !listed.has(address));
if (added.length === 0) {
  console.log(`Every address the clinic kits hand out is already in ${listFile}.`);
} else {
  appendFileSync(listFile, `${text.endsWith('\n') ? '' : '\n'}${added.join('\n')}\n`);
  console.log(`Added ${added.length} address${added.length === 1 ? '' : 'es'} to ${listFile}:\n${added.map((a) => `  ${a}`).join('\n')}`);
}
