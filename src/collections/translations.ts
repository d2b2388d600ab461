/**
 * The same page in every language the site is built in: what the language
 * link, the hreflang alternates and the sitemap read. Every English page
 * needs its counterpart in each other language, or the build stops naming
 * the file to write, unless the language's `not-yet-written.txt` lists it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { AstroError } from 'astro/errors';
import { DEFAULT_LANG, LANGUAGES, type Lang } from '../lib/i18n/languages';
import { searchPath, type CollectionName } from '../lib/navigation';
import { site } from '../site.config';
import { explainerEntries, pathOfEntry, whereFrom } from './content';

/** The languages this copy is built in: English always, Spanish unless site.config.ts turns it off. */
export const siteLanguages: readonly Lang[] = LANGUAGES.filter((lang) => lang === DEFAULT_LANG || (lang === 'es' && site.spanishEdition));

export const isBuilt = (lang: Lang): boolean => siteLanguages.includes(lang);

const contentRoot = process.env['CONTENT_DIR'] ?? './content';

/** "pages/quality.md" lines of content/<lang>/not-yet-written.txt: pages whose translation is still to be written. */
function notYetWritten(lang: Lang): Set<string> {
  const file = `${contentRoot}/${lang}/not-yet-written.txt`;
  if (!existsSync(file)) return new Set();
  const lines = readFileSync(file, 'utf8').split('\n').map((line) => line.replace(/#.*/, '').trim());
  return new Set(lines.filter(Boolean));
}

type Addresses = Map<string, Partial<Record<Lang, string>>>;
let built: Promise<Addresses> | undefined;

/** Page key ("pages/basics") → its address in each language, checked once per build. */
function addresses(): Promise<Addresses> {
  built ??= (async () => {
    const byKey: Addresses = new Map();
    for (const lang of siteLanguages) {
      const [pages, dimensions, factors] = await explainerEntries(lang);
      for (const entry of [...pages, ...dimensions, ...factors]) {
        const key = `${whereFrom(entry).collection}/${entry.id}`;
        byKey.set(key, { ...byKey.get(key), [lang]: pathOfEntry(entry) });
      }
    }
    for (const lang of siteLanguages.filter((lang) => lang !== DEFAULT_LANG)) {
      const waiting = notYetWritten(lang);
      for (const [key, paths] of byKey) {
        const file = `${key}.md`;
        if (paths[DEFAULT_LANG] === undefined) {
          throw new AstroError(`content/${lang}/${file} has no English page: content/${file} does not exist`, `Name the file as its English page is named, under content/${lang}/.`);
        }
        if (paths[lang] === undefined && !waiting.has(file)) {
          throw new AstroError(
            `content/${lang}/${file} is missing: every English page needs its ${lang} counterpart (content/${file})`,
            `Write content/${lang}/${file}, or list "${file}" in content/${lang}/not-yet-written.txt until it is written.`,
          );
        }
      }
    }
    return byKey;
  })();
  return built;
}

export interface Alternate {
  lang: Lang;
  /** The address without the base. */
  path: string;
}

/** The same page in every built language (itself included), English first; the search page too. */
export async function alternatesOf(page: { collection: CollectionName; id: string } | 'search'): Promise<Alternate[]> {
  if (page === 'search') return siteLanguages.map((lang) => ({ lang, path: searchPath(lang) }));
  const paths = (await addresses()).get(`${page.collection}/${page.id}`) ?? {};
  return siteLanguages.flatMap((lang) => (paths[lang] === undefined ? [] : [{ lang, path: paths[lang] }]));
}
