/**
 * The loaders of src/collections/ over a small content set held in memory:
 * Astro's `astro:content` is replaced by a stand-in that serves these
 * entries, so what the loaders compute (order, addresses, related pages, the
 * clinic kit's page list, the error for a missing page) is checked without
 * a build.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { kitSections } from '../../src/lib/clinic-kit';

interface FakeEntry {
  collection: string;
  id: string;
  data: { title: string; description: string; order: number; navTitle?: string; draft?: boolean; address?: string };
  headings: { depth: number; slug: string; text: string }[];
}

const content = vi.hoisted(() => ({ entries: [] as FakeEntry[] }));

vi.mock('astro:content', () => ({
  getCollection: async (name: string) => content.entries.filter((entry) => entry.collection === name),
  getEntry: async (name: string, id: string) => content.entries.find((entry) => entry.collection === name && entry.id === id),
  render: async (entry: FakeEntry) => ({ Content: () => null, headings: entry.headings }),
}));

const { allPageLinks, childLinks, guideReadingOrder, loadPage, pageLinks, renderArticle, sortedCollection, whereFrom } = await import('../../src/collections/content');
const { guidePages } = await import('../../src/collections/guide-sections');

function entry(collection: string, id: string, order: number, more: Partial<FakeEntry['data']> = {}, headings: FakeEntry['headings'] = []): FakeEntry {
  return { collection, id, data: { title: `Title of ${id}`, description: `About ${id}`, order, ...more }, headings };
}

const hrefs = (links: { href: string }[]) => links.map((link) => link.href);

beforeEach(() => {
  content.entries = [
    entry('pages', 'home', 0),
    entry('pages', 'support', 6),
    entry('pages', 'basics', 1, {}, [{ depth: 2, slug: 'what-is-it', text: 'What is it?' }]),
    entry('pages', 'safety', 2, { navTitle: 'Safety' }),
    entry('pages', 'success', 3),
    entry('pages', 'factors', 4),
    entry('pages', 'measuring', 7),
    entry('pages', 'not-helping', 8),
    entry('pages', 'clinics', 9),
    entry('pages', 'draft-page', 10, { draft: true }),
    // Dimensions out of order, two with the same order: by order, then by file name.
    entry('dimensions', 'relationships', 2),
    entry('dimensions', 'hope', 1),
    entry('dimensions', 'daily-functioning', 1),
    entry('factors', 'support', 1, {}, [{ depth: 3, slug: 'who-can-help', text: 'Who can help' }]),
    entry('pagesEs', 'basics', 1, { address: 'conceptos-basicos' }),
    entry('pagesEs', 'success', 3, { address: 'exito' }),
    entry('dimensionsEs', 'hope', 1, { address: 'esperanza' }),
  ];
});

describe('the collection loaders', () => {
  it('sort dimensions and factors by their order, and pages of the same order by file name', async () => {
    expect((await sortedCollection('dimensions')).map((e) => e.id)).toEqual(['daily-functioning', 'hope', 'relationships']);
  });

  it('put the guide in reading order, with the menus’ short titles', async () => {
    const order = await guideReadingOrder();
    expect(hrefs(order)).toEqual([
      '/basics/',
      '/safety/',
      '/success/',
      '/success/daily-functioning/',
      '/success/hope/',
      '/success/relationships/',
      '/factors/',
      '/factors/support/',
      '/support/',
      '/measuring/',
      '/not-helping/',
    ]);
    expect(order[1]!.title).toBe('Safety');
  });

  it('list an overview’s pages: the dimensions under success, none under a page that is no overview', async () => {
    expect(hrefs(await childLinks('success'))).toEqual(['/success/daily-functioning/', '/success/hope/', '/success/relationships/']);
    expect(await childLinks('basics')).toEqual([]);
  });

  it('read a Spanish page from the Spanish collections, at its own address', async () => {
    expect(hrefs(await allPageLinks('es'))).toEqual(['/es/conceptos-basicos/', '/es/exito/', '/es/exito/esperanza/']);
    expect(whereFrom(content.entries.at(-1) as never)).toEqual({ collection: 'dimensions', lang: 'es' });
    expect(hrefs(await childLinks('success', 'es'))).toEqual(['/es/exito/esperanza/']);
  });

  it('give pages by id in the order asked for, leaving out those that do not exist', async () => {
    expect(hrefs(await pageLinks(['support', 'no-such-page', 'basics']))).toEqual(['/support/', '/basics/']);
  });

  it('render an article with its address, sections and related pages of its own language', async () => {
    const article = await renderArticle(content.entries.find((e) => e.id === 'basics') as never);
    expect(article.path).toBe('/basics/');
    expect(article.lang).toBe('en');
    expect(article.headings).toEqual([{ depth: 2, slug: 'what-is-it', text: 'What is it?' }]);
    expect(hrefs(article.related)).toEqual(['/safety/', '/success/', '/support/']);
    // The clinic kit's sections come after its words.
    expect((await loadPage('clinics')).headings).toEqual(kitSections('en'));
  });

  it('stop the build naming the content file when a page with a route of its own is missing', async () => {
    await expect(loadPage('disclaimer')).rejects.toThrow('content/pages/disclaimer.md is missing');
    await expect(loadPage('support', 'es')).rejects.toThrow('content/es/pages/support.md is missing');
  });
});

describe('the clinic kit’s list of pages', () => {
  it('starts at the home page, follows the reading order, and leaves out pages still being written', async () => {
    const pages = await guidePages();
    expect(pages.map((page) => page.path)).toEqual([
      '/',
      '/basics/',
      '/safety/',
      '/success/',
      '/success/daily-functioning/',
      '/success/hope/',
      '/success/relationships/',
      '/factors/',
      '/factors/support/',
      '/support/',
      '/measuring/',
      '/not-helping/',
      '/clinics/',
    ]);
  });

  it('gives each page its full title and its sections, those its components add included', async () => {
    const pages = await guidePages();
    const byPath = new Map(pages.map((page) => [page.path, page]));
    expect(byPath.get('/safety/')!.title).toBe('Title of safety');
    expect(byPath.get('/factors/support/')!.headings).toEqual([{ depth: 3, slug: 'who-can-help', text: 'Who can help' }]);
    expect(byPath.get('/clinics/')!.headings).toEqual(kitSections('en'));
  });

  it('lists the pages of the language asked for, at their own addresses, with the kit’s sections in that language', async () => {
    content.entries.push(entry('pagesEs', 'clinics', 9, { address: 'clinicas' }), entry('pagesEs', 'home', 0, { address: '' }));
    const pages = await guidePages('es');
    expect(pages.map((page) => page.path)).toEqual(['/es/', '/es/conceptos-basicos/', '/es/exito/', '/es/exito/esperanza/', '/es/clinicas/']);
    expect(pages.at(-1)!.headings).toEqual(kitSections('es'));
  });
});
