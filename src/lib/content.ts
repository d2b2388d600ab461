/** Loads the collections in the shapes the layouts need. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readingOrder, toLink, type CollectionName, type PageLink, type PageRef } from './navigation';

export type ArticleEntry = CollectionEntry<'pages'> | CollectionEntry<'dimensions'> | CollectionEntry<'factors'>;

export function toPageRef(entry: ArticleEntry): PageRef {
  return {
    collection: entry.collection as CollectionName,
    id: entry.id,
    title: entry.data.title,
    navTitle: entry.data.navTitle,
    description: entry.data.description,
    order: entry.data.order,
  };
}

export async function sortedCollection<C extends 'dimensions' | 'factors'>(name: C): Promise<CollectionEntry<C>[]> {
  const entries = await getCollection(name);
  return entries.sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id));
}

export async function guideReadingOrder(): Promise<PageLink[]> {
  const [pages, dimensions, factors] = await Promise.all([
    getCollection('pages'),
    getCollection('dimensions'),
    getCollection('factors'),
  ]);
  return readingOrder(pages.map(toPageRef), dimensions.map(toPageRef), factors.map(toPageRef));
}

/** Every explainer page as a link, for related-page lists and overviews. */
export async function allPageLinks(): Promise<PageLink[]> {
  const [pages, dimensions, factors] = await Promise.all([
    getCollection('pages'),
    getCollection('dimensions'),
    getCollection('factors'),
  ]);
  return [...pages, ...dimensions, ...factors].map((entry) => toLink(toPageRef(entry)));
}

/** The pages an overview lists: the seven dimensions under /success/, the five factors under /factors/. */
export async function childLinks(overviewId: string): Promise<PageLink[]> {
  if (overviewId !== 'success' && overviewId !== 'factors') return [];
  const name = overviewId === 'success' ? 'dimensions' : 'factors';
  return (await sortedCollection(name)).map((entry) => toLink(toPageRef(entry)));
}
