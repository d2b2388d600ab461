/**
 * Where each page lives and in what order a reader meets them. Routes are
 * derived from collection entries here and nowhere else, so that URLs stay
 * stable (clinics put them in emails) and every list of pages agrees.
 */

import { DEFAULT_LANG, langRoot, type Lang } from './i18n/languages';
import { en } from './i18n/en';

export type CollectionName = 'pages' | 'dimensions' | 'factors';

/** The parts of the guide, named in English; search filters and the header nav use these (each language's names are in its dictionary). */
export const PARTS = en.site.parts;
export type Part = keyof typeof PARTS;

/** The four parts of the guide shown in the header on every page. */
export const MAIN_PARTS = ['basics', 'success', 'factors', 'support'] as const satisfies readonly Part[];

/** Which page, whatever the language: the English file's collection and name. */
export interface PageKey {
  collection: CollectionName;
  id: string;
}

/** Where a page lives: its key, its language, and in a language other than English the last part of its address. */
export interface PageAddress extends PageKey {
  lang?: Lang | undefined;
  /** A translated page's own last address part ("conceptos-basicos"; "" for the home page). */
  address?: string | undefined;
}

export interface PageRef extends PageAddress {
  title: string;
  navTitle?: string | undefined;
  description: string;
  order: number;
}

export interface PageLink {
  /** The page this link leads to, whatever its language. */
  key?: PageKey;
  href: string;
  title: string;
  description: string;
}

/** The folders the dimensions and the factors live in, in each language: /success/hope/, /es/exito/esperanza/. */
export const PART_FOLDERS: Readonly<Record<Lang, Record<'dimensions' | 'factors', string>>> = {
  en: { dimensions: 'success', factors: 'factors' },
  es: { dimensions: 'exito', factors: 'factores' },
};

/**
 * The URL path (without base) of an entry: `/`, `/basics/`, `/success/hope/`;
 * in Spanish `/es/`, `/es/conceptos-basicos/`, `/es/exito/esperanza/`.
 */
export function pathOf(page: PageAddress): string {
  const lang = page.lang ?? DEFAULT_LANG;
  const name = lang === DEFAULT_LANG ? (page.id === 'home' ? '' : page.id) : page.address;
  if (name === undefined) throw new Error(`The ${lang} page for ${page.collection}/${page.id} has no address`);
  const root = langRoot(lang);
  if (page.collection === 'pages') return name === '' ? root : `${root}${name}/`;
  return `${root}${PART_FOLDERS[lang][page.collection]}/${name}/`;
}

/** Pages whose address does not name their part: safety is part of the basics, "not helping" of measuring progress. */
const PART_OF_PAGE: Readonly<Record<string, Part>> = { safety: 'basics', 'not-helping': 'measuring' };

/** The search page of each language, which takes ?q=. */
const SEARCH_PATHS: Readonly<Record<Lang, string>> = { en: '/search/', es: '/es/buscar/' };
export const searchPath = (lang: Lang): string => SEARCH_PATHS[lang];

/** The part a page belongs to: its own when it opens one (/basics/), its overview's, or "about" for the rest; none for the home page. */
export function partOf(page: PageKey): Part | null {
  if (page.collection === 'dimensions') return 'success';
  if (page.collection === 'factors') return 'factors';
  if (page.id === 'home') return null;
  return PART_OF_PAGE[page.id] ?? (page.id in PARTS ? (page.id as Part) : 'about');
}

const byOrder = (a: PageRef, b: PageRef) => a.order - b.order || a.id.localeCompare(b.id);

export function toLink(page: PageRef): PageLink {
  return { key: { collection: page.collection, id: page.id }, href: pathOf(page), title: page.navTitle ?? page.title, description: page.description };
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

/** Where a reader of each part is likely to go next, besides previous/next: "collection/id" of each page. */
const RELATED_BY_PART: Record<Part, string[]> = {
  basics: ['pages/safety', 'pages/success', 'pages/support'],
  success: ['pages/factors', 'pages/measuring', 'pages/not-helping'],
  factors: ['pages/success', 'pages/support', 'pages/measuring'],
  support: ['factors/support', 'pages/safety', 'dimensions/relationships'],
  clinics: ['pages/support', 'pages/basics', 'pages/sources'],
  measuring: ['pages/journal', 'pages/not-helping', 'pages/success'],
  journal: ['pages/measuring', 'pages/success', 'pages/factors'],
  about: ['pages/basics', 'pages/success', 'pages/factors'],
};

const keyText = (key: PageKey) => `${key.collection}/${key.id}`;

/** Related pages for a page: its part's usual next steps, never the page itself, from the links of its own language. */
export function relatedLinks(page: PageKey, all: PageLink[]): PageLink[] {
  const part = partOf(page);
  if (part === null) return [];
  const byKey = new Map(all.flatMap((link) => (link.key ? [[keyText(link.key), link] as const] : [])));
  return RELATED_BY_PART[part]
    .filter((key) => key !== keyText(page))
    .flatMap((key) => byKey.get(key) ?? []);
}
