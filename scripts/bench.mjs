#!/usr/bin/env node
/**
 * The benchmark: build + index time, bytes per page by kind, Lighthouse
 * mobile scores for the main pages, search cost, and how build time and
 * search bytes grow with 100 and 1,000 extra pages. Prints tables and writes
 * bench-results/bench.json. Figures, not pass/fail: the budgets that must
 * hold are asserted in `npm test`.
 *
 *   npm run bench              everything (a few minutes)
 *   npm run bench -- --quick   without Lighthouse and the scale runs
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer } from './serve.mjs';
import { timeBuild } from './bench/build.mjs';
import { pageBytes } from './bench/bytes.mjs';
import { lighthouseScores } from './bench/lighthouse.mjs';
import { scaleRun } from './bench/scale.mjs';
import { searchBytes } from './bench/search-bytes.mjs';

const { values } = parseArgs({ options: { quick: { type: 'boolean', default: false } } });
const root = resolve(import.meta.dirname, '..');
const resultsDir = join(root, 'bench-results');
const dist = join(resultsDir, 'dist');
const PORT = 4380;
const origin = `http://127.0.0.1:${PORT}/`;
const MAIN_PAGES = ['', 'basics/', 'success/', 'success/relationships/', 'factors/', 'factors/support/', 'support/'];
const EMPTY_PAGE = 'bench-empty-page';
const EMPTY_HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
  '<title>Empty page</title><meta name="description" content="A page that does nothing, for reference."></head>' +
  '<body><main><h1>Empty page</h1><p>One sentence, so that the page has something to paint.</p></main></body></html>';

const kib = (bytes) => (bytes / 1024).toFixed(1);
function table(title, rows, columns) {
  console.log(`\n${title}`);
  console.log(columns.map(([label, , width]) => label.padStart(width)).join(' '));
  for (const row of rows) console.log(columns.map(([, value, width]) => String(value(row)).padStart(width)).join(' '));
}

mkdirSync(resultsDir, { recursive: true });
const results = { date: new Date().toISOString(), node: process.version };

console.log('Building the site…');
results.build = timeBuild({ cwd: root, outDir: dist });
console.log(`Build + search index: ${results.build.seconds} s for ${results.build.pages} pages`);

const server = await startServer({ dir: dist, port: PORT });
try {
  results.bytes = await pageBytes({ origin, paths: MAIN_PAGES });
  table('Bytes fetched on first load (KiB, gzip)', results.bytes, [
    ['page', (r) => `/${r.path}`, 26],
    ['html', (r) => kib(r.html), 6],
    ['css', (r) => kib(r.css), 6],
    ['js', (r) => kib(r.js), 6],
    ['img', (r) => kib(r.img), 6],
    ['font', (r) => kib(r.font), 6],
    ['total', (r) => kib(r.total), 7],
  ]);

  if (!values.quick) {
    // A page with one heading and one sentence, served the same way: what
    // this machine's Chromium scores for a page that does nothing, so that
    // the rows above it can be read against that floor.
    mkdirSync(join(dist, EMPTY_PAGE), { recursive: true });
    writeFileSync(join(dist, EMPTY_PAGE, 'index.html'), EMPTY_HTML);
    results.lighthouse = await lighthouseScores({ origin, paths: [...MAIN_PAGES, `${EMPTY_PAGE}/`] });
    // "CPU" is Lighthouse's benchmark index of this machine during the runs:
    // its 4× slowdown assumes a desktop of about 1,500 to 2,000.
    table(`Lighthouse ${results.lighthouse[0].lighthouseVersion}, mobile (median of 5 runs; perf range in brackets)`, results.lighthouse, [
      ['page', (r) => (r.path === `${EMPTY_PAGE}/` ? '(an empty page)' : `/${r.path}`), 26],
      ['perf', (r) => `${r.performance} [${r.performanceRange.join('-')}]`, 12],
      ['a11y', (r) => r.accessibility, 5],
      ['best', (r) => r.bestPractices, 5],
      ['seo', (r) => r.seo, 5],
      ['FCP s', (r) => r.fcpSeconds, 6],
      ['LCP s', (r) => r.lcpSeconds, 6],
      ['TBT ms', (r) => r.tbtMs, 7],
      ['CLS', (r) => r.cls, 5],
      ['CPU', (r) => r.benchmarkIndex, 6],
    ]);
  }

  const searchSection = join(root, 'scripts', 'bench', 'search.mjs');
  if (existsSync(searchSection)) {
    const { benchSearch } = await import(searchSection);
    results.search = await benchSearch({ dist, base: '/' });
  }
} finally {
  server.close();
}

if (!values.quick) {
  // The site as it is, then with 100 and 1,000 extra pages.
  results.scale = [{ addedPages: 0, builtPages: results.build.pages, buildSeconds: results.build.seconds, ...(await searchBytes({ dist, query: 'sleep' })) }];
  for (const pages of [100, 1000]) {
    console.log(`\nScale run: building with ${pages} extra pages…`);
    results.scale.push(await scaleRun({ root, pages }));
  }
  table('Growth with size', results.scale, [
    ['pages added', (r) => r.addedPages, 12],
    ['pages built', (r) => r.builtPages, 12],
    ['build + index s', (r) => r.buildSeconds, 16],
    ['KiB, one-word search (cold)', (r) => r.searchKiB, 28],
  ]);
}

writeFileSync(join(resultsDir, 'bench.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWritten to ${join('bench-results', 'bench.json')}`);
