/**
 * A Markdown (Sätteri hast) plugin: every h2 and h3 gets a copy-link control,
 * a real link to its own #id (so it works without JavaScript) that the small
 * inline script in CopyLinks.astro turns into "copy this section's address".
 *
 * The heading is wrapped as `div > [heading, link]`, keeping the link out of
 * the heading itself: its text, the table of contents and search sub-results
 * stay exactly the heading's words. The link is empty: its "#" is drawn by CSS
 * and its name comes from aria-labelledby, so each heading adds few bytes.
 *
 * Ids must exist before this runs; astro.config.mjs puts Astro's own
 * heading-ids plugin in front of it (the same github-slugger ids as always).
 */
import type { HastNode, HastPluginDefinition } from 'satteri';
import { copyLinkLabelledBy, HEADING_WRAP_CLASS } from '../lib/heading-links';

type Element = Extract<HastNode, { type: 'element' }>;

export function headingLinks(): HastPluginDefinition {
  return {
    name: 'heading-links',
    element: {
      filter: ['h2', 'h3'],
      visit(node, ctx) {
        const id = node.properties?.['id'];
        if (typeof id !== 'string' || id === '') {
          ctx.report({ message: `heading-links: "${ctx.textContent(node)}" has no id to link to`, node, severity: 'warning' });
          return;
        }
        const link: Element = {
          type: 'element',
          tagName: 'a',
          properties: { href: `#${id}`, ariaLabelledBy: copyLinkLabelledBy(id), dataCopyLink: '' },
          children: [],
        };
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: [HEADING_WRAP_CLASS] },
          children: [link],
        });
      },
    },
  };
}
