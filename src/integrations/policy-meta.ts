/**
 * The Content-Security-Policy as a `<meta http-equiv>` tag in each page, for
 * hosts that send no headers of their own (GitHub Pages). The policy is the
 * one in `_headers`, with that page's inline hashes, less the directives a
 * browser ignores in a meta tag (it reports each one as an error); those stay
 * in `_headers` for the hosts that honour it.
 */
import { fillHeaderTemplate, type InlineHashes } from './inline-hashes';

/** Directives that only work as a response header. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'report-to', 'sandbox']);

/** The Content-Security-Policy of a `_headers` template, placeholders and all. */
export function policyTemplate(headersTemplate: string): string {
  const line = headersTemplate.split('\n').find((text) => /^\s+Content-Security-Policy:/i.test(text));
  if (!line) throw new Error('public/_headers: no Content-Security-Policy to put in the pages');
  return line.slice(line.indexOf(':') + 1).trim();
}

/** The policy for one page: its own inline hashes, and only what a meta tag can carry. */
export function metaPolicy(template: string, hashes: InlineHashes): string {
  return fillHeaderTemplate(template, hashes)
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive && !HEADER_ONLY.has(directive.split(/\s+/)[0]!.toLowerCase()))
    .join('; ');
}

/**
 * The page with the policy as the first thing in its head (after the
 * character set, which must come first): a meta policy covers only what
 * follows it, so every inline script and style comes after.
 */
export function withPolicyMeta(html: string, policy: string): string {
  const tag = `<meta http-equiv="Content-Security-Policy" content="${policy.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}">`;
  const charset = /<meta charset="[^"]*"\s*\/?>/i.exec(html);
  const head = charset ?? /<head(\s[^>]*)?>/i.exec(html);
  if (!head) throw new Error('a page without a <head> cannot carry the Content-Security-Policy');
  const at = head.index + head[0].length;
  return html.slice(0, at) + tag + html.slice(at);
}
