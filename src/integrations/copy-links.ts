/**
 * The Markdown (Sätteri hast) plugins of copy links (the feature's parts are
 * listed in src/lib/copy-links.ts): every h2 and h3 gets a copy-link control,
 * a real link to its own #id (so it works without JavaScript) that the small
 * inline script in CopyLinks.astro turns into "copy this section's address";
 * and the ids it links to stay put (fixed in front matter, free of accents).
 *
 * The heading is wrapped as `div > [heading, link]`, keeping the link out of
 * the heading itself: its text, the table of contents and search sub-results
 * stay exactly the heading's words. The link shows just "#", and its name
 * comes from aria-labelledby, so each heading adds few bytes.
 *
 * Ids must exist before this runs; astro.config.mjs puts Astro's own
 * heading-ids plugin in front of it (the same github-slugger ids as always).
 */
import type { HastNode, HastPluginDefinition } from 'satteri';
import { copyLinkLabelledBy, hasAccents, HEADING_WRAP_CLASS, plainHeadingId } from '../lib/copy-links';
import { AstroError } from 'astro/errors';

type Element = Extract<HastNode, { type: 'element' }>;

/**
 * Gives a heading whose words have accents (the Spanish pages) an id without
 * them, before Astro's plugin would keep the accents. Headings without
 * accents are left to Astro, whose id is the same.
 */
export function plainHeadingIds(): HastPluginDefinition {
  return {
    name: 'plain-heading-ids',
    element: {
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
      visit(node, ctx) {
        const words = ctx.textContent(node);
        if (node.properties?.['id'] === undefined && hasAccents(words)) ctx.setProperty(node, 'id', plainHeadingId(words));
      },
    },
  };
}

/**
 * Gives a heading the id its page's front matter fixes for it (`headingIds`),
 * so that a reworded heading keeps the address clinics already use. Runs
 * before the heading ids are made; a fixed id for words no heading has any
 * more stops the build, naming the file.
 */
export function fixedHeadingIds(): () => HastPluginDefinition {
  // Typographic quotes in the page, straight ones in front matter: compare them alike.
  const plain = (text: string) => text.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
  return () => {
    const used = new Set<string>();
    let fixed: Record<string, unknown> = {};
    return {
      name: 'fixed-heading-ids',
      before(_root, ctx) {
        const frontmatter = (ctx.data['astro'] as { frontmatter?: { headingIds?: unknown } } | undefined)?.frontmatter;
        const ids = frontmatter?.headingIds;
        fixed = {};
        if (ids && typeof ids === 'object') for (const [text, id] of Object.entries(ids)) fixed[plain(text)] = id;
      },
      element: {
        filter: ['h2', 'h3'],
        visit(node, ctx) {
          const text = plain(ctx.textContent(node));
          const id = fixed[text];
          if (typeof id !== 'string') return;
          used.add(text);
          ctx.setProperty(node, 'id', id);
        },
      },
      after(_root, ctx) {
        const stale = Object.keys(fixed).filter((text) => !used.has(text));
        if (stale.length > 0) {
          const file = ctx.fileURL ? ctx.fileURL.pathname : 'a Markdown file';
          throw new AstroError(
            `${file}: headingIds names ${stale.map((t) => `"${t}"`).join(', ')}, but no h2 or h3 has these words`,
            "Write each heading's words in headingIds exactly as the heading now reads, or remove the entry.",
          );
        }
      },
    };
  };
}

export function headingLinks(): HastPluginDefinition {
  return {
    name: 'copy-links',
    element: {
      filter: ['h2', 'h3'],
      visit(node, ctx) {
        const id = node.properties?.['id'];
        if (typeof id !== 'string' || id === '') {
          ctx.report({ message: `copy-links: "${ctx.textContent(node)}" has no id to link to`, node, severity: 'warning' });
          return;
        }
        const link: Element = {
          type: 'element',
          tagName: 'a',
          properties: { href: `#${id}`, ariaLabelledBy: copyLinkLabelledBy(id), dataCopyLink: '' },
          children: [{ type: 'text', value: '#' }],
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
