/**
 * Sections that a page's components add after its Markdown (the clinic kit's
 * tools, the quality table), in one table: the contents list, the clinic
 * kit's link table and the published-address check all read them from here,
 * and no route or layout names a page to add them.
 */
import { kitSections, type Heading } from './clinic-kit';
import type { Lang } from './i18n/languages';
import { qualitySections } from './quality-table';

/** By page id (the English file's name, the same in every language), the sections its components add in a language. */
const SECTIONS_AFTER_WORDS: Readonly<Record<string, (lang: Lang) => readonly Heading[]>> = {
  clinics: kitSections,
  quality: (lang) => Object.values(qualitySections(lang)),
};

/** A page's sections in its language: its Markdown headings, then those its components add. */
export function pageSections(pageId: string, lang: Lang, markdownHeadings: readonly Heading[]): Heading[] {
  return [...markdownHeadings, ...(SECTIONS_AFTER_WORDS[pageId]?.(lang) ?? [])];
}
