/**
 * The copy-link control that sits beside every h2 and h3 of an article, so
 * that a reader or a clinic can share the exact section. The Markdown plugin
 * (src/integrations/heading-links.ts) and SectionHeading.astro both build it
 * from here, so that every heading's control reads the same.
 */

/**
 * The control is named by two elements, `aria-labelledby="copy-link-label <heading id>"`:
 * one hidden "Copy link to section:" per page (CopyLinks.astro), then the
 * heading itself. Screen readers say "Copy link to section: What to bring",
 * and the page does not carry every heading's words twice.
 */
export const COPY_LABEL_ID = 'copy-link-label';
export const COPY_LABEL_TEXT = 'Copy link to section:';
export const copyLinkLabelledBy = (headingId: string): string[] => [COPY_LABEL_ID, headingId];

/** The wrapper of a heading and its control, styled in CopyLinks.astro; every byte repeats per heading, so it is short. */
export const HEADING_WRAP_CLASS = 'heading-wrap';
