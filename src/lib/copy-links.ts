/**
 * Copy links: the "#" control beside every h2 and h3, which copies the
 * section's full address, so that a reader or a clinic can share the exact
 * section. This module holds the names every part of the feature shares; the
 * parts themselves, one per layer of src/ (README, "Architecture"):
 *
 * - src/integrations/copy-links.ts: the Markdown plugins (fixed and
 *   accent-free heading ids, the control beside each heading);
 * - src/components/copy-links/: SectionHeading.astro (a heading written in a
 *   component, with the same control) and CopyLinks.astro (on every page: the
 *   hidden label, the live region with its words in the page's language, the
 *   styles and the inline script);
 * - src/client/copy-links.ts: that script, which copies and says so.
 */
import { slug } from 'github-slugger';

/**
 * The control is named by two elements, `aria-labelledby="copy-link-label <heading id>"`:
 * one hidden "Copy link to section:" per page (CopyLinks.astro, in the page's
 * language), then the heading itself. Screen readers say "Copy link to
 * section: What to bring", and the page does not carry every heading's words twice.
 */
export const COPY_LABEL_ID = 'copy-link-label';
export const copyLinkLabelledBy = (headingId: string): string[] => [COPY_LABEL_ID, headingId];

/** The wrapper of a heading and its control, styled in CopyLinks.astro; every byte repeats per heading, so it is short. */
export const HEADING_WRAP_CLASS = 'heading-wrap';

/**
 * A heading's id without accents: "¿Qué es la esperanza?" → "que-es-la-esperanza".
 * Clinics paste section addresses into emails, where an accented id would
 * arrive percent-encoded. For English words it is github-slugger's id, as
 * Astro makes it.
 */
export function plainHeadingId(words: string): string {
  return slug(words.normalize('NFD').replace(/\p{M}/gu, ''));
}

/** True when a heading's words would give an id with accents, which plainHeadingId avoids. */
export const hasAccents = (words: string): boolean => words.normalize('NFD') !== words.normalize('NFD').replace(/\p{M}/gu, '');
