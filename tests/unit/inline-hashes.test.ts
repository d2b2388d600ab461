import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { collectInlineHashes, fillHeaderTemplate, type InlineHashes } from '../../src/integrations/inline-hashes';

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const empty = (): InlineHashes => ({ scripts: new Set(), styles: new Set() });

describe('collectInlineHashes', () => {
  it('hashes inline scripts and styles, not external scripts or JSON data', () => {
    const hashes = empty();
    collectInlineHashes(
      '<script>a()</script><script src="/x.js"></script><script type="application/ld+json">{"a":1}</script><style>p{}</style><script is:x>\nb()\n</script>',
      hashes,
    );
    expect([...hashes.scripts]).toEqual([sha('a()'), sha('\nb()\n')]);
    expect([...hashes.styles]).toEqual([sha('p{}')]);
  });
});

describe('fillHeaderTemplate', () => {
  const template = "# uses {{INLINE_SCRIPT_HASHES}} here\n/*\n  Content-Security-Policy: script-src 'self' {{INLINE_SCRIPT_HASHES}}; style-src 'self' {{INLINE_STYLE_HASHES}}; img-src 'self'\n";

  it('fills the policy and leaves comments alone', () => {
    const hashes = empty();
    hashes.scripts.add("'sha256-abc'");
    const out = fillHeaderTemplate(template, hashes);
    expect(out).toContain("script-src 'self' 'sha256-abc'; style-src 'self'; img-src 'self'");
    expect(out).toContain('# uses {{INLINE_SCRIPT_HASHES}} here');
  });

  it('refuses a template without the placeholders', () => {
    expect(() => fillHeaderTemplate("/*\n  Content-Security-Policy: script-src 'self'\n", empty())).toThrow(/placeholder/);
  });
});
