/**
 * The two languages as a reader meets them: every Spanish page speaks
 * Spanish in its frame (no word of the English interface shows, but inside
 * an element marked lang="en", such as a questionnaire that exists only in
 * English), and every page links the same page in the other language, for
 * readers and for search engines.
 */
import { describe, expect, it } from 'vitest';
import { querySelector, querySelectorAll } from 'ultrahtml/selector';
import type { ElementNode } from 'ultrahtml';
import { builtSite, textIn } from './site';
import { en } from '../../src/lib/i18n/en';
import { es } from '../../src/lib/i18n/es';

const site = builtSite();
const spanish = site.pages.filter((page) => page.lang === 'es');

/** Every text of a dictionary, functions called with a sample value. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return strings((value as (...args: unknown[]) => unknown)('X', 'Y', 'Z'));
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

/**
 * The English interface strings that would give an English frame away: the
 * whole phrase, as written, of two words or more (a single word such as
 * "Sources" can be a name in both languages), and not also Spanish.
 */
const spanishWords = new Set(strings(es));
const english = [...new Set(strings(en))]
  .flatMap((text) => text.split(/(?<=[.:?!])\s+|\bX\b|\bY\b|\bZ\b/))
  .map((text) => text.trim().replace(/[.:]$/, ''))
  .filter((text) => text.split(/\s+/).length >= 2 && !spanishWords.has(text));

/** What a Spanish reader sees or hears of a page: its text and its labels, leaving out parts marked as English. */
function readerText(page: (typeof spanish)[number]): string {
  const body = querySelector(page.doc, 'body') as ElementNode;
  const marked = querySelectorAll(body, '[lang="en"]') as ElementNode[];
  const text = marked.reduce((all, element) => all.replace(textIn(element), ''), textIn(body));
  const labels = (querySelectorAll(body, '[aria-label], [title], [placeholder], [alt]') as ElementNode[]).flatMap((element) =>
    ['aria-label', 'title', 'placeholder', 'alt'].map((name) => element.attributes[name] ?? ''),
  );
  return `${text}\n${labels.join('\n')}`;
}

describe('the Spanish edition', () => {
  it('is built, one Spanish page for each English one', () => {
    const englishPages = site.pages.filter((page) => page.lang === 'en');
    expect(spanish.length).toBeGreaterThanOrEqual(englishPages.length - 1);
    expect(spanish.map((page) => page.path)).toContain('es/familia/');
  });

  it('shows no English interface words on a Spanish page', () => {
    expect(english.length, 'the English phrases to look for').toBeGreaterThan(40);
    const found = spanish.flatMap((page) => {
      const text = readerText(page);
      return english.filter((phrase) => text.includes(phrase)).map((phrase) => `/${page.path}: "${phrase}"`);
    });
    expect(found).toEqual([]);
  });
});

/** Short English words that Spanish does not have: three of them in one line of a Spanish page mean an English sentence. */
const ENGLISH_ONLY = new Set(['the', 'and', 'you', 'your', 'with', 'this', 'that', 'is', 'are', 'of', 'to', 'it', 'what', 'how', 'page', 'for', 'or', 'if', 'can', 'will', 'not']);
const englishLines = (text: string) =>
  text.split('\n').filter((line) => new Set(line.toLowerCase().match(/[a-z]+/g)?.filter((word) => ENGLISH_ONLY.has(word))).size >= 3);

describe('the Spanish edition, beyond the dictionary', () => {
  it('has no English sentence written into a Spanish page outside an element marked English', () => {
    const found = spanish.flatMap((page) => englishLines(readerText(page)).map((line) => `/${page.path}: ${line.slice(0, 100)}`));
    expect(found).toEqual([]);
  });
  it('would see an English sentence', () => {
    expect(englishLines('Lo básico\nTick the parts of success that matter to you')).toHaveLength(1);
  });
});

describe('every page in both languages', () => {
  it('names itself, the other language and a default for search engines, and links the other language for readers', () => {
    const problems = site.pages
      .filter((page) => !page.path.endsWith('404.html'))
      .flatMap((page) => {
        const alternates = (querySelectorAll(page.doc, 'link[rel="alternate"][hreflang]') as ElementNode[]).map((link) => [link.attributes['hreflang'], new URL(link.attributes['href']!).pathname]);
        const langs = alternates.map(([lang]) => lang).sort();
        const self = alternates.find(([lang]) => lang === page.lang)?.[1];
        const other = page.lang === 'es' ? 'en' : 'es';
        const link = querySelector(page.doc, `header a[hreflang="${other}"]`) as ElementNode | null;
        const otherPath = alternates.find(([lang]) => lang === other)?.[1];
        return [
          ...(langs.join() === 'en,es,x-default' ? [] : [`/${page.path}: hreflang ${langs.join() || 'none'}`]),
          ...(self === `${site.base}${page.path}` ? [] : [`/${page.path}: its own alternate is ${self}`]),
          ...(link?.attributes['href'] === otherPath ? [] : [`/${page.path}: the language link goes to ${link?.attributes['href']}, not ${otherPath}`]),
        ];
      });
    expect(problems).toEqual([]);
  });
});
