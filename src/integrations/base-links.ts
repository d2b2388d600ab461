/**
 * A Markdown (Sätteri hast) plugin: root-relative links and images written in
 * content, like `/success/hope/` or `![...](/images/chart.png)`, get the
 * site's base path, so the same Markdown works at `/` and under a sub-path
 * like `/guide/`.
 */
import type { HastPluginDefinition } from 'satteri';
import { joinBase } from '../lib/paths';

/** The attribute that holds each element's address. */
const ADDRESS: Record<string, string> = { a: 'href', img: 'src' };

export function baseLinks(base: string): HastPluginDefinition {
  return {
    name: 'base-links',
    element: {
      filter: Object.keys(ADDRESS),
      visit(node, ctx) {
        const attribute = ADDRESS[node.tagName];
        const address = attribute ? node.properties?.[attribute] : undefined;
        if (attribute && typeof address === 'string' && address.startsWith('/') && !address.startsWith('//')) {
          ctx.setProperty(node, attribute, joinBase(base, address));
        }
      },
    },
  };
}
