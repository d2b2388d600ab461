/**
 * The search module each page fetches when its reader opens search: the
 * build of its own language, which carries that language's words alone
 * (src/integrations/client-bundle.ts), but for the words of a crisis,
 * which every module has in every language; within a budget of its own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { CRISIS_PHRASES } from '../../src/lib/search-words/crisis';
import { builtSite } from './site';

/** Our code and one language's words, gzipped: about a tenth of what a first search fetches (Pagefind's engine and index are the rest). */
const MODULE_BUDGET = 13 * 1024;
/** A word of each language's search tables, and a phrase of its search interface (in ASCII, as the bundler writes them). */
const OWN_WORDS: Readonly<Record<string, { table: string; box: string }>> = {
  en: { table: 'husband', box: 'Search the guide' },
  es: { table: 'esposo', box: 'Pregunte con sus propias palabras' },
};

const site = builtSite();
const moduleOf = (html: string) => /<html[^>]*\sdata-search-module="([^"]+)"/.exec(html)?.[1] ?? '';
const languages = [...new Set(site.pages.map((page) => page.lang))];

describe.each(languages)('the search module of the pages in "%s"', (lang) => {
  const pages = site.pages.filter((page) => page.lang === lang);
  const address = moduleOf(pages[0]!.html);
  const file = join(site.dir, address.slice(site.base.length));

  it('is one file for every page of the language, and is built', () => {
    expect(address.startsWith(site.base), `${address} is under ${site.base}`).toBe(true);
    expect([...new Set(pages.map((page) => moduleOf(page.html)))]).toEqual([address]);
    expect(existsSync(file), `${file} exists`).toBe(true);
  });

  it('carries the words of a crisis in every language, as a reader may write in theirs on a page in another', () => {
    const code = readFileSync(file, 'utf8');
    for (const phrases of Object.values(CRISIS_PHRASES)) expect(code).toContain(phrases[0]);
  });

  it('carries the rest of the words of its own language only', () => {
    const code = readFileSync(file, 'utf8');
    const own = OWN_WORDS[lang];
    expect(own, `a word of "${lang}" is known to this test`).toBeDefined();
    expect(code).toContain(own!.table);
    expect(code).toContain(own!.box);
    for (const [other, words] of Object.entries(OWN_WORDS).filter(([other]) => other !== lang)) {
      expect(code, `the words of "${other}"`).not.toContain(words.table);
      expect(code, `the words of "${other}"`).not.toContain(words.box);
    }
  });

  it(`is at most ${MODULE_BUDGET / 1024} KiB gzipped`, () => {
    const gzip = gzipSync(readFileSync(file)).length;
    console.log(`${address}: ${(gzip / 1024).toFixed(1)} KiB gzip`);
    expect(gzip).toBeLessThanOrEqual(MODULE_BUDGET);
  });
});
