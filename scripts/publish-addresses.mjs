#!/usr/bin/env node
/**
 * Adds to content/published-addresses.txt every page and section address that
 * the built clinic kit (/clinics/) hands out and the file does not list yet,
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
const clinicsPage = join(root, process.env.OUT_DIR ?? 'dist', 'clinics', 'index.html');

if (!existsSync(clinicsPage)) {
  console.error(`No built clinic kit at ${clinicsPage}: run \`npm run build\` first.`);
  process.exit(1);
}
const text = readFileSync(listFile, 'utf8');
const listed = new Set(publishedAddresses(text));
const added = kitAddresses(readFileSync(clinicsPage, 'utf8')).filter((address) => !listed.has(address));
if (added.length === 0) {
  console.log(`Every address on /clinics/ is already in ${listFile}.`);
} else {
  appendFileSync(listFile, `${text.endsWith('\n') ? '' : '\n'}${added.join('\n')}\n`);
  console.log(`Added ${added.length} address${added.length === 1 ? '' : 'es'} to ${listFile}:\n${added.map((a) => `  ${a}`).join('\n')}`);
}
