import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { collectInlineHashes, type InlineHashes } from '../../src/integrations/inline-hashes';
import { metaPolicy, policyTemplate, withPolicyMeta } from '../../src/integrations/policy-meta';

const sha = (code: string) => `'sha256-${createHash('sha256').update(code).digest('base64')}'`;
const headers = `# a comment naming {{INLINE_SCRIPT_HASHES}}
/*
  Content-Security-Policy: default-src 'self'; script-src 'self' {{INLINE_SCRIPT_HASHES}}; style-src 'self' {{INLINE_STYLE_HASHES}}; object-src 'none'; frame-ancestors 'none'
  X-Frame-Options: DENY
`;

describe('the policy in a meta tag', () => {
  it('is the policy of _headers with the page’s own hashes, less what only a header can carry', () => {
    const hashes: InlineHashes = { scripts: new Set(), styles: new Set() };
    collectInlineHashes('<style>p{}</style><script>a()</script>', hashes);
    expect(metaPolicy(policyTemplate(headers), hashes)).toBe(`default-src 'self'; script-src 'self' ${sha('a()')}; style-src 'self' ${sha('p{}')}; object-src 'none'`);
  });

  it('refuses a _headers file without a policy', () => {
    expect(() => policyTemplate('/*\n  X-Frame-Options: DENY\n')).toThrow(/no Content-Security-Policy/);
  });

  it('goes first in the head, after the character set, so that it covers every script and style', () => {
    const page = '<!DOCTYPE html><html><head><meta charset="utf-8"><script>a()</script><style>p{}</style></head><body></body></html>';
    expect(withPolicyMeta(page, "default-src 'self'")).toBe(
      `<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><script>a()</script><style>p{}</style></head><body></body></html>`,
    );
    expect(withPolicyMeta('<html><head lang="en"><script>a()</script>', "default-src 'self'")).toBe(
      `<html><head lang="en"><meta http-equiv="Content-Security-Policy" content="default-src 'self'"><script>a()</script>`,
    );
  });

  it('refuses a page without a head', () => {
    expect(() => withPolicyMeta('<p>No head</p>', "default-src 'self'")).toThrow(/without a <head>/);
  });
});
