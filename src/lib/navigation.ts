/**
 * Where each page lives and in what order a reader meets them. Routes are
 * derived from collection entries here and nowhere else, so that URLs stay
 * stable (clinics put them in emails) and every list of pages agrees.
 */

export type CollectionName = 'pages' | 'dimensions' | 'factors';

/** The parts of the guide; search filters and the header nav use these. */
export const PARTS = {
  basics: 'The basics',
  success: 'What success looks like',
  factors: 'What helps',
  support: 'Family and friends',
  clinics: 'For clinics',
  measuring: 'Measuring progress',
  journal: 'Success journal',
  about: 'About this guide',
} as const;
export type Part = keyof typeof PARTS;

/** The four parts of the guide shown in the header on every page. */
export const MAIN_PARTS = ['basics', 'success', 'factors', 'support'] as const satisfies readonly Part[];

export interface PageRef {
  collection: CollectionName;
  id: string;
  title: string;
  navTitle?: string | undefined;
  description: string;
  order: number;
}

export interface PageLink {
  href: string;
  title: string;
  description: string;
}

/** The URL path (without base) of an entry: `/`, `/basics/`, `/success/hope/`. */
export function pathOf(page: Pick<PageRef, 'collection' | 'id'>): string {
  if (page.collection === 'dimensions') return `/success/${page.id}/`;
  if (page.collection === 'factors') return `/factors/${page.id}/`;
  return page.id === 'home' ? '/' : `/${page.id}/`;
}

/** Pages whose address does not name their part: safety is part of the basics, "not helping" of measuring progress. */
const PART_OF_PAGE: Readonly<Record<string, Part>> = { safety: 'basics', 'not-helping': 'measuring' };

/** The part a path belongs to: its first segment, or "about" for the rest. */
export function partOf(path: string): Part | null {
  const first = path.split('/').filter(Boolean)[0];
  if (first === undefined) return null;
  return PART_OF_PAGE[first] ?? (first in PARTS ? (first as Part) : 'about');
}

const byOrder = (a: PageRef, b: PageRef) => a.order - b.order || a.id.localeCompare(b.id);

export function toLink(page: PageRef): PageLink {
  return { href: pathOf(page), title: page.navTitle ?? page.title, description: page.description };
}

/**
 * The guide's reading order: the basics and their risks, the success overview
 * and its seven dimensions, the factors overview and its five factors, then
 * the family page, how progress is measured and what to do when treatment is
 * not helping. Pages outside it (clinic kit, disclaimer...) have no
 * previous/next links.
 */
export function readingOrder(pages: PageRef[], dimensions: PageRef[], factors: PageRef[]): PageLink[] {
  const page = (id: string) => pages.filter((p) => p.id === id).map(toLink);
  return [
    ...page('basics'),
    ...page('safety'),
    ...page('success'),
    ...[...dimensions].sort(byOrder).map(toLink),
    ...page('factors'),
    ...[...factors].sort(byOrder).map(toLink),
    ...page('support'),
    ...page('measuring'),
    ...page('not-helping'),
  ];
}

export interface Neighbours {
  previous: PageLink | null;
  next: PageLink | null;
}

export function neighbours(order: PageLink[], href: string): Neighbours {
  const at = order.findIndex((link) => link.href === href);
  if (at < 0) return { previous: null, next: null };
  return { previous: order[at - 1] ?? null, next: order[at + 1] ?? null };
}

/** Where a reader of each part is likely to go next, besides previous/next. */
const RELATED_BY_PART: Record<Part, string[]> = {
  basics: ['/safety/', '/success/', '/support/'],
  success: ['/factors/', '/measuring/', '/not-helping/'],
  factors: ['/success/', '/support/', '/measuring/'],
  support: ['/factors/support/', '/safety/', '/success/relationships/'],
  clinics: ['/support/', '/basics/', '/sources/'],
  measuring: ['/journal/', '/not-helping/', '/success/'],
  journal: ['/measuring/', '/success/', '/factors/'],
  about: ['/basics/', '/success/', '/factors/'],
};

/** Related pages for a path: its part's usual next steps, never the page itself. */
export function relatedLinks(path: string, all: PageLink[]): PageLink[] {
  const part = partOf(path);
  if (part === null) return [];
  const byHref = new Map(all.map((link) => [link.href, link]));
  return RELATED_BY_PART[part]
    .filter((href) => href !== path)
    .flatMap((href) => byHref.get(href) ?? []);
}
