/**
 * The same page in each language (src/collections/translations.ts), over a
 * small content set held in memory: the addresses the language link,
 * hreflang and the sitemap use, and the build error for an English page
 * whose Spanish counterpart is missing.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

interface FakeEntry {
  collection: string;
  id: string;
  data: { title: string; description: string; order: number; address?: string };
}

const content = vi.hoisted(() => ({ entries: [] as FakeEntry[] }));
vi.mock('astro:content', () => ({
  getCollection: async (name: string) => content.entries.filter((entry) => entry.collection === name),
  getEntry: async () => undefined,
  render: async () => ({ Content: () => null, headings: [] }),
}));

const page = (collection: string, id: string, address?: string): FakeEntry => ({
  collection,
  id,
  data: { title: id, description: `About ${id}`, order: 1, ...(address === undefined ? {} : { address }) },
});

/** A fresh copy of the module (it checks the content once per build), reading `declared` as content/es/not-yet-written.txt. */
async function translations(entries: FakeEntry[], declared = '') {
  content.entries = entries;
  const root = mkdtempSync(join(tmpdir(), 'translations-'));
  mkdirSync(join(root, 'es'));
  writeFileSync(join(root, 'es', 'not-yet-written.txt'), declared);
  vi.stubEnv('CONTENT_DIR', root);
  vi.resetModules();
  return import('../../src/collections/translations');
}

const english = [page('pages', 'home'), page('pages', 'basics'), page('dimensions', 'hope')];
const spanish = [page('pagesEs', 'home', ''), page('pagesEs', 'basics', 'conceptos-basicos'), page('dimensionsEs', 'hope', 'esperanza')];

describe('a page in every language', () => {
  it('pairs each English page with its Spanish counterpart by file name', async () => {
    const { alternatesOf } = await translations([...english, ...spanish]);
    expect(await alternatesOf({ collection: 'dimensions', id: 'hope' })).toEqual([
      { lang: 'en', path: '/success/hope/' },
      { lang: 'es', path: '/es/exito/esperanza/' },
    ]);
    expect(await alternatesOf({ collection: 'pages', id: 'home' })).toEqual([
      { lang: 'en', path: '/' },
      { lang: 'es', path: '/es/' },
    ]);
    expect(await alternatesOf('search')).toEqual([
      { lang: 'en', path: '/search/' },
      { lang: 'es', path: '/es/buscar/' },
    ]);
  });

  it('stops the build naming the Spanish file an English page is missing', async () => {
    const { alternatesOf } = await translations([...english, ...spanish.filter((entry) => entry.id !== 'hope')]);
    await expect(alternatesOf({ collection: 'pages', id: 'home' })).rejects.toThrow('content/es/dimensions/hope.md is missing');
  });

  it('builds a page whose translation is declared not yet written, in English only', async () => {
    const { alternatesOf } = await translations([...english, ...spanish.filter((entry) => entry.id !== 'hope')], '# still to write\ndimensions/hope.md\n');
    expect(await alternatesOf({ collection: 'dimensions', id: 'hope' })).toEqual([{ lang: 'en', path: '/success/hope/' }]);
  });

  it('refuses a Spanish page that has no English page of the same name', async () => {
    const { alternatesOf } = await translations([...english, ...spanish, page('pagesEs', 'extra', 'extra')]);
    await expect(alternatesOf({ collection: 'pages', id: 'home' })).rejects.toThrow('content/es/pages/extra.md has no English page');
  });
});
