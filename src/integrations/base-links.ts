/**
 * A Markdown (Sätteri hast) plugin: root-relative links written in content,
 * like `/success/hope/`, get the site's base path, so the same Markdown works
 * at `/` and under a sub-path like `/guide/`.
 */
import type { HastPluginDefinition } from 'satteri';
import { joinBase } from '../lib/paths';

export function baseLinks(base: string): HastPluginDefinition {
  return {
    name: 'base-links',
    element: {
      filter: ['a'],
      visit(node, ctx) {
        const href = node.properties?.['href'];
        if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//')) {
          ctx.setProperty(node, 'href', joinBase(base, href));
        }
      },
    },
  };
}
