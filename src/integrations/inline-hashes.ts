/**
 * The Content-Security-Policy hashes of a page's inline scripts and styles.
 * The build collects them from every page it wrote, so the policy can allow
 * exactly those blocks and nothing else.
 */
import { createHash } from 'node:crypto';

export interface InlineHashes {
  scripts: Set<string>;
  styles: Set<string>;
}

const hash = (code: string) => `'sha256-${createHash('sha256').update(code, 'utf8').digest('base64')}'`;

export function collectInlineHashes(html: string, into: InlineHashes): void {
  // Scripts with a src, or JSON data blocks, are not inline code.
  for (const m of html.matchAll(/<script(?![^>]*\ssrc=)([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = m[1] ?? '';
    if (/type=["']?application\/(ld\+)?json/i.test(attributes)) continue;
    into.scripts.add(hash(m[2] ?? ''));
  }
  for (const m of html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/gi)) into.styles.add(hash(m[1] ?? ''));
}

/** Puts the collected hashes into a `_headers` template; fails loudly if a placeholder is missing. */
export function fillHeaderTemplate(template: string, hashes: InlineHashes): string {
  const isRule = (line: string) => !line.trimStart().startsWith('#');
  const rules = template.split('\n').filter(isRule).join('\n');
  for (const token of ['{{INLINE_SCRIPT_HASHES}}', '{{INLINE_STYLE_HASHES}}']) {
    if (!rules.includes(token)) throw new Error(`public/_headers: the Content-Security-Policy needs the ${token} placeholder`);
  }
  const fill = (line: string) =>
    line
      .replaceAll('{{INLINE_SCRIPT_HASHES}}', [...hashes.scripts].sort().join(' '))
      .replaceAll('{{INLINE_STYLE_HASHES}}', [...hashes.styles].sort().join(' '))
      .replace(/ +;/g, ';');
  return template
    .split('\n')
    .map((line) => (isRule(line) ? fill(line) : line))
    .join('\n');
}
