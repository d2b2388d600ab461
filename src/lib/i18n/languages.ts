/**
 * The languages the guide is written in. English lives at the site's root,
 * every other language under its own folder (`/es/`), so a page's language
 * can be told from its address alone, in the build and in the browser.
 */
export const LANGUAGES = ['en', 'es'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'en';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The language of a path without the base: "/es/exito/" is Spanish, "/success/" English. */
export function langOfPath(path: string): Lang {
  const first = path.split('/').find(Boolean);
  return isLang(first) && first !== DEFAULT_LANG ? first : DEFAULT_LANG;
}

/** The folder a language's pages live under, without the base: "/" for English, "/es/" for Spanish. */
export function langRoot(lang: Lang): string {
  return lang === DEFAULT_LANG ? '/' : `/${lang}/`;
}

/** The folder of a language's content under content/: "" for English (content/pages/), "es/" for Spanish (content/es/pages/). */
export function contentFolder(lang: Lang): string {
  return lang === DEFAULT_LANG ? '' : `${lang}/`;
}

/** The language of a content file, from its folder: content/es/pages/basics.md is Spanish, content/pages/basics.md English. */
export function langOfContentFile(path: string): Lang {
  const folder = path.match(/\/([a-z]{2})\/(?:pages|dimensions|factors)\/[^/]+$/)?.[1];
  return isLang(folder) ? folder : DEFAULT_LANG;
}

/** The language a page's language link leads to: the guide has two. */
export function otherLanguageOf(lang: Lang): Lang {
  return lang === DEFAULT_LANG ? 'es' : DEFAULT_LANG;
}
