/**
 * A Markdown (Sätteri hast) plugin that stops the build when a page links to
 * a page the site does not have, naming the file and the link. Clinics paste
 * these links into emails: a typo must not reach a reader.
 */
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition } from 'satteri';
import { linkedPage } from '../lib/routes';

export function internalLinks(routes: Set<string>): HastPluginDefinition {
  return {
    name: 'internal-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        const page = typeof href === 'string' ? linkedPage(href) : null;
        if (page === null || routes.has(page)) return;
        const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'a Markdown file';
        throw new Error(`${file}: the link "${String(href)}" goes to no page of this site (write it like /success/hope/, with a trailing slash)`);
      },
    },
  };
}
