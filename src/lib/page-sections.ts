/**
 * Sections that a page's components add after its Markdown (the clinic kit's
 * tools, the quality table), in one table: the contents list, the clinic
 * kit's link table and the published-address check all read them from here,
 * and no route or layout names a page to add them.
 */
import { KIT_SECTIONS, type Heading } from './clinic-kit';
import { QUALITY_SECTIONS } from './quality-table';

const SECTIONS_AFTER_WORDS: Readonly<Record<string, readonly Heading[]>> = {
  clinics: KIT_SECTIONS,
  quality: Object.values(QUALITY_SECTIONS),
};

/** A page's sections: its Markdown headings, then those its components add. */
export function pageSections(pageId: string, markdownHeadings: readonly Heading[]): Heading[] {
  return [...markdownHeadings, ...(SECTIONS_AFTER_WORDS[pageId] ?? [])];
}
