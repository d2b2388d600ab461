#!/usr/bin/env node
/**
 * Search benchmark, on a built site in Chromium, for each language of the
 * guide (English at the root, Spanish under /es/, each with its own index):
 *  - bytes fetched and time to first results for a cold query (first open:
 *    search module, Pagefind, its engine and the language's index) and a
 *    warm one (the next question in the same dialog);
 *  - relevance: the share of the questions in the language's relevance set
 *    (tests/search-relevance.json, tests/search-relevance-es.json) with a
 *    right page in the top 3, asked on the language's search page, for our
 *    search and for plain Pagefind (the raw question, default options) on
 *    the same index.
 *
 * A build without Spanish pages, or without a Spanish relevance set, says
 * so in place of those figures.
 *
 *   node scripts/bench/search.mjs [--dist dist] [--base /]
 *
 * `npm run bench` calls benchSearch() and prints its table with the others.
 */
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { withTrailingSlash } from '../../src/lib/paths.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SYSTEM_CHROMIUM = '/usr/bin/chromium';
/**
 * Each language: where its dialog is opened (a content page), its search
 * page (where relevance is asked), the cold and the warm question, and its
 * relevance set. Paths are under the base.
 */
const LANGUAGES = [
  {
    lang: 'en',
    name: 'English',
    contentPage: 'basics/',
    searchPage: 'search/',
    searchModule: 'search-ui.js',
    coldQuery: 'can my husband stay in the room during the infusion',
    warmQuery: 'will I be able to stop my antidepressants',
    relevanceSet: 'search-relevance.json',
  },
  {
    lang: 'es',
    name: 'Spanish',
    contentPage: 'es/',
    searchPage: 'es/buscar/',
    searchModule: 'es/search-ui.js',
    coldQuery: '¿Puede quedarse mi esposo en el cuarto durante la infusión?',
    warmQuery: '¿Podré dejar mis antidepresivos?',
    relevanceSet: 'search-relevance-es.json',
  },
];
const RUNS = 3;
const TOP = 3;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** A static server for the built site under its base path, on a free port. */
function serve(dist, base) {
  const root = resolve(dist);
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    let file = path.startsWith(base) ? normalize(join(root, path.slice(base.length))) : '';
    if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(root) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

/** Counts the bytes of every response from now on, as sent and gzip-compressed (as a static host would send text). */
function countBytes(page) {
  const sizes = [];
  const pending = [];
  page.on('response', (response) =>
    pending.push(
      response.body().then(
        (body) => sizes.push({ url: response.url(), raw: body.length, gzip: /\.(pagefind|pf_\w+)$/.test(response.url()) ? body.length : gzipSync(body).length }),
        () => undefined,
      ),
    ),
  );
  return async () => {
    await Promise.all(pending);
    const taken = sizes.splice(0);
    pending.length = 0;
    return { raw: taken.reduce((n, s) => n + s.raw, 0), gzip: taken.reduce((n, s) => n + s.gzip, 0), requests: taken.length };
  };
}

/**
 * Types a question into the open dialog and resolves, in milliseconds, when
 * its results are drawn. One input event starts one search, whose results
 * replace the list at once; the status line says the count only once typing
 * has settled, a second later, which is not part of the wait. Runs in the page.
 */
function askInDialog(query) {
  return new Promise((done) => {
    const start = performance.now();
    const dialog = document.querySelector('dialog');
    const input = dialog.querySelector('input[type="search"]');
    // The results list, after the status line and the help slot (which holds a list of its own after words of a crisis).
    const list = dialog.querySelector('[data-search-area] > ul:last-child');
    new MutationObserver((_, observer) => {
      if (!list.querySelector('[data-search-result]')) return;
      observer.disconnect();
      done(performance.now() - start);
    }).observe(list, { childList: true });
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Opens search on the language's content page and asks the cold, then the warm question; repeated in fresh contexts, medians taken. */
async function measureQueries(browser, origin, base, { contentPage, coldQuery, warmQuery }) {
  const figures = { cold: [], warm: [] };
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(`window.askInDialog = ${askInDialog.toString()};`);
    await page.goto(`${origin}${base}${contentPage}`);
    await page.waitForLoadState('networkidle');
    const bytes = countBytes(page);
    const coldMs = await page.evaluate(async (query) => {
      const start = performance.now();
      (await import(document.documentElement.dataset.searchModule)).openSearch();
      await window.askInDialog(query);
      return performance.now() - start;
    }, coldQuery);
    await page.waitForLoadState('networkidle');
    const coldBytes = await bytes();
    const warmMs = await page.evaluate((query) => window.askInDialog(query), warmQuery);
    await page.waitForLoadState('networkidle');
    const warmBytes = await bytes();
    figures.cold.push({ ms: coldMs, ...coldBytes });
    figures.warm.push({ ms: warmMs, ...warmBytes });
    await context.close();
  }
  const summary = (list) => ({
    ms: Math.round(median(list.map((r) => r.ms))),
    bytes: median(list.map((r) => r.raw)),
    gzipBytes: median(list.map((r) => r.gzip)),
    requests: median(list.map((r) => r.requests)),
  });
  return { cold: summary(figures.cold), warm: summary(figures.warm) };
}

/**
 * The first results' paths (without base) for each question, asked on the
 * language's search page (so on its index): ours through searchGuide, plain
 * Pagefind with the raw question.
 */
async function measureRelevance(browser, origin, base, questions, searchPage) {
  const run = async (plain) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${origin}${base}${searchPage}`);
    const paths = await page.evaluate(
      async ({ questions, base, plain, top }) => {
        const strip = (url) => `/${new URL(url, location.href).pathname.slice(base.length)}`;
        const out = [];
        if (plain) {
          const pagefind = await import(`${base}pagefind/pagefind.js`);
          await pagefind.options({ baseUrl: base });
          await pagefind.init();
          for (const { q } of questions) {
            const results = (await pagefind.search(q))?.results.slice(0, top) ?? [];
            out.push(await Promise.all(results.map(async (r) => strip((await r.data()).url))));
          }
        } else {
          const search = await import(document.documentElement.dataset.searchModule);
          for (const { q } of questions) out.push((await search.searchGuide(q)).pages.slice(0, top).map((p) => strip(p.url)));
        }
        return out;
      },
      { questions, base, plain, top: TOP },
    );
    await context.close();
    const misses = questions.filter(({ pages }, i) => !paths[i].some((path) => pages.includes(path)));
    return { share: (questions.length - misses.length) / questions.length, misses: misses.map(({ q }) => q) };
  };
  const ours = await run(false);
  const plain = await run(true);
  return { questions: questions.length, ours, plain };
}

/** The languages that have pages in the index, from Pagefind's entry file. */
function indexedLanguages(dist) {
  return Object.keys(JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')).languages);
}

/** One language's figures, or why there are none: its pages or its relevance set are not there yet. */
async function benchLanguage(browser, origin, prefix, dist, language) {
  const { lang, searchPage, relevanceSet } = language;
  if (!indexedLanguages(dist).includes(lang) || !existsSync(join(dist, searchPage, 'index.html'))) {
    return { built: false, note: `no ${language.name} pages built (no /${searchPage} with an index in ${dist})` };
  }
  const queries = await measureQueries(browser, origin, prefix, language);
  const figures = { built: true, coldQuery: queries.cold, warmQuery: queries.warm };
  const setFile = join(ROOT, 'tests', relevanceSet);
  if (!existsSync(setFile)) return { ...figures, relevance: null, note: `no ${language.name} relevance set yet (tests/${relevanceSet})` };
  const { questions } = JSON.parse(readFileSync(setFile, 'utf8'));
  const relevance = await measureRelevance(browser, origin, prefix, questions, searchPage);
  return {
    ...figures,
    relevance: {
      questions: relevance.questions,
      top: TOP,
      ours: relevance.ours.share,
      plainPagefind: relevance.plain.share,
      ourMisses: relevance.ours.misses,
    },
  };
}

/**
 * Runs the benchmark on a built site and prints a table (with each
 * language's search module size); returns each language's figures (`en`, `es`).
 * `dist` is the build folder, `base` the base path it was built for.
 */
export async function benchSearch({ dist = join(ROOT, 'dist'), base = '/', log = console.log } = {}) {
  const prefix = withTrailingSlash(base);
  if (!existsSync(join(dist, 'pagefind', 'pagefind.js')) || !existsSync(join(dist, 'search-ui.js'))) {
    throw new Error(`No built site with a search index in ${dist}: run \`npm run build\` first.`);
  }
  const server = await serve(dist, prefix);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {});
  try {
    const figures = {};
    for (const language of LANGUAGES) figures[language.lang] = await benchLanguage(browser, origin, prefix, dist, language);
    log(table(figures, dist));
    return figures;
  } finally {
    await browser.close();
    server.close();
  }
}

function languageTable(name, { built, coldQuery, warmQuery, relevance, note }) {
  if (!built) return [`  ${name}: ${note}`];
  const row = (label, cold, warm) => `    ${label.padEnd(28)}${String(cold).padStart(12)}${String(warm).padStart(12)}`;
  const pct = (share) => `${(share * 100).toFixed(1)}%`;
  return [
    `  ${name}`,
    row('', 'cold query', 'warm query'),
    row('time to first results', `${coldQuery.ms} ms`, `${warmQuery.ms} ms`),
    row('bytes fetched (gzip)', kib(coldQuery.gzipBytes), kib(warmQuery.gzipBytes)),
    row('bytes fetched (as stored)', kib(coldQuery.bytes), kib(warmQuery.bytes)),
    row('requests', coldQuery.requests, warmQuery.requests),
    relevance
      ? `    relevance, right page in top ${relevance.top} of ${relevance.questions} questions: ours ${pct(relevance.ours)}, plain Pagefind ${pct(relevance.plainPagefind)}`
      : `    relevance: ${note}`,
    ...(relevance?.ourMisses.length ? ['    our misses:', ...relevance.ourMisses.map((q) => `      "${q}"`)] : []),
  ];
}

/** The size of a language's search module, which carries that language's words alone; nothing for a language not built. */
function moduleLine(dist, searchModule) {
  const path = join(dist, searchModule);
  if (!existsSync(path)) return [];
  const module = readFileSync(path);
  return [`  search module /${searchModule}: ${kib(module.length)}, ${kib(gzipSync(module).length)} gzip`];
}

function table(figures, dist) {
  return [
    `Search (Chromium, median of ${RUNS} runs; cold = first open, warm = the next question; times include the 120 ms typing pause)`,
    ...LANGUAGES.flatMap(({ lang, name, searchModule }) => [...moduleLine(dist, searchModule), ...languageTable(name, figures[lang])]),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { values } = parseArgs({ options: { dist: { type: 'string' }, base: { type: 'string' } } });
  benchSearch({ dist: values.dist ? resolve(values.dist) : undefined, base: values.base ?? '/' }).catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
}
