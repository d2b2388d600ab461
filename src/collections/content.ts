/** Loads the collections in the shapes the layouts need, in the language asked for. */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { pathOf, readingOrder, relatedLinks, toLink, type CollectionName, type PageLink, type PageRef } from '../lib/navigation';
import { pageSections } from '../lib/page-sections';
import { contentFolder, DEFAULT_LANG, type Lang } from '../lib/i18n/languages';
import { AstroError } from 'astro/errors';

/** Each language's collections: English in content/pages..., Spanish in content/es/pages... */
export const COLLECTIONS = {
  en: { pages: 'pages', dimensions: 'dimensions', factors: 'factors' },
  es: { pages: 'pagesEs', dimensions: 'dimensionsEs', factors: 'factorsEs' },
} as const satisfies Record<Lang, Record<CollectionName, string>>;

type ArticleCollection = (typeof COLLECTIONS)[Lang][CollectionName];
export type ArticleEntry = CollectionEntry<ArticleCollection>;

/** The kind of page and the language of an entry, from the collection it came from. */
export function whereFrom(entry: ArticleEntry): { collection: CollectionName; lang: Lang } {
  for (const [lang, names] of Object.entries(COLLECTIONS) as [Lang, Record<CollectionName, string>][]) {
    for (const [collection, name] of Object.entries(names) as [CollectionName, string][]) {
      if (name === entry.collection) return { collection, lang };
    }
  }
  throw new Error(`${entry.collection} is not a collection of explainer pages`);
}

export function toPageRef(entry: ArticleEntry): PageRef {
  const { collection, lang } = whereFrom(entry);
  return {
    collection,
    id: entry.id,
    lang,
    address: 'address' in entry.data ? entry.data.address : undefined,
    title: entry.data.title,
    navTitle: entry.data.navTitle,
    description: entry.data.description,
    order: entry.data.order,
  };
}

/** An entry's address without the base: /basics/, /es/conceptos-basicos/. */
export const pathOfEntry = (entry: ArticleEntry): string => pathOf(toPageRef(entry));

export async function sortedCollection(name: 'dimensions' | 'factors', lang: Lang = DEFAULT_LANG): Promise<ArticleEntry[]> {
  const entries: ArticleEntry[] = await getCollection(COLLECTIONS[lang][name]);
  return entries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

/** The three collections of explainer pages in one language, each as written (unsorted). */
export function explainerEntries(lang: Lang = DEFAULT_LANG): Promise<[ArticleEntry[], ArticleEntry[], ArticleEntry[]]> {
  const names = COLLECTIONS[lang];
  return Promise.all([getCollection(names.pages), getCollection(names.dimensions), getCollection(names.factors)]);
}

export async function guideReadingOrder(lang: Lang = DEFAULT_LANG): Promise<PageLink[]> {
  const [pages, dimensions, factors] = await explainerEntries(lang);
  return readingOrder(pages.map(toPageRef), dimensions.map(toPageRef), factors.map(toPageRef));
}

/** Every explainer page of a language as a link, for related-page lists and overviews. */
export async function allPageLinks(lang: Lang = DEFAULT_LANG): Promise<PageLink[]> {
  const [pages, dimensions, factors] = await explainerEntries(lang);
  return [...pages, ...dimensions, ...factors].map((entry) => toLink(toPageRef(entry)));
}

/**
 * What ArticleLayout needs to show an entry: its address, its rendered words,
 * its sections (with those its components add) and its related pages.
 */
export async function renderArticle(entry: ArticleEntry) {
  const ref = toPageRef(entry);
  const path = pathOf(ref);
  const rendered = await render(entry);
  const { Content } = rendered;
  const headings = pageSections(entry.id, ref.lang ?? DEFAULT_LANG, rendered.headings);
  const related = relatedLinks(ref, await allPageLinks(ref.lang));
  return { entry, lang: ref.lang ?? DEFAULT_LANG, path, Content, headings, related };
}

/** A page of the `pages` collection that has a route of its own (/support/, /es/familia/...), rendered. */
export async function loadPage(id: string, lang: Lang = DEFAULT_LANG) {
  const entry: ArticleEntry | undefined = await getEntry(COLLECTIONS[lang].pages, id);
  const file = `content/${contentFolder(lang)}pages/${id}.md`;
  if (!entry) throw new AstroError(`${file} is missing: a page of the guide needs it`, `Put ${file} back (git restores it), or remove its route.`);
  return renderArticle(entry);
}

/** The pages an overview lists: the seven dimensions under the success page, the five factors under the factors page. */
export async function childLinks(overviewId: string, lang: Lang = DEFAULT_LANG): Promise<PageLink[]> {
  if (overviewId !== 'success' && overviewId !== 'factors') return [];
  const name = overviewId === 'success' ? 'dimensions' : 'factors';
  return (await sortedCollection(name, lang)).map((entry) => toLink(toPageRef(entry)));
}

/** Links to pages of the `pages` collection by id, in a language: the header's parts, the footer's links. */
export async function pageLinks(ids: readonly string[], lang: Lang = DEFAULT_LANG): Promise<PageLink[]> {
  const [pages] = await explainerEntries(lang);
  return ids.flatMap((id) => pages.filter((entry) => entry.id === id).map((entry) => toLink(toPageRef(entry))));
}
