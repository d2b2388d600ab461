/** Loads the collections in the shapes the layouts need. */
import { getCollection, getEntry, render, type CollectionEntry } from 'astro:content';
import { pathOf, readingOrder, relatedLinks, toLink, type CollectionName, type PageLink, type PageRef } from '../lib/navigation';
import { pageSections } from '../lib/page-sections';
import { AstroError } from 'astro/errors';

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

/** The three collections of explainer pages, each as written (unsorted). */
export function explainerEntries() {
  return Promise.all([getCollection('pages'), getCollection('dimensions'), getCollection('factors')]);
}

export async function guideReadingOrder(): Promise<PageLink[]> {
  const [pages, dimensions, factors] = await explainerEntries();
  return readingOrder(pages.map(toPageRef), dimensions.map(toPageRef), factors.map(toPageRef));
}

/** Every explainer page as a link, for related-page lists and overviews. */
export async function allPageLinks(): Promise<PageLink[]> {
  const [pages, dimensions, factors] = await explainerEntries();
  return [...pages, ...dimensions, ...factors].map((entry) => toLink(toPageRef(entry)));
}

/**
 * What ArticleLayout needs to show an entry: its address, its rendered words,
 * its sections (with those its components add) and its related pages.
 */
export async function renderArticle(entry: ArticleEntry) {
  const path = pathOf({ collection: entry.collection as CollectionName, id: entry.id });
  const rendered = await render(entry);
  const { Content } = rendered;
  const headings = pageSections(entry.id, rendered.headings);
  const related = relatedLinks(path, await allPageLinks());
  return { entry, path, Content, headings, related };
}

/** A page of the `pages` collection that has a route of its own (/support/, /clinics/...), rendered. */
export async function loadPage(id: string) {
  const entry = await getEntry('pages', id);
  if (!entry) throw new AstroError(`content/pages/${id}.md is missing: the /${id}/ page needs it`, `Put content/pages/${id}.md back (git restores it), or remove its route from src/pages/.`);
  return renderArticle(entry);
}

/** The pages an overview lists: the seven dimensions under /success/, the five factors under /factors/. */
export async function childLinks(overviewId: string): Promise<PageLink[]> {
  if (overviewId !== 'success' && overviewId !== 'factors') return [];
  const name = overviewId === 'success' ? 'dimensions' : 'factors';
  return (await sortedCollection(name)).map((entry) => toLink(toPageRef(entry)));
}
