/**
 * The words of copy links (src/lib/copy-links.ts): the first half of every
 * copy-link control's name, and what the live region says after a copy.
 */
export const copyLinks = {
  /** Read before the heading's own words: "Copy link to section: What to bring". */
  label: 'Copy link to section:',
  linkCopied: 'Link copied',
  textCopied: 'Text copied',
} as const;
