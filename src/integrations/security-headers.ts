/**
 * After the build, writes `_headers` from public/_headers with the hashes of
 * every inline script and style the pages contain, so the site runs under a
 * strict Content-Security-Policy without 'unsafe-inline'. Every page also
 * carries the policy itself, with its own hashes, in a meta tag: not every
 * host sends the headers of `_headers` (GitHub Pages sends none).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { collectInlineHashes, fillHeaderTemplate, type InlineHashes } from './inline-hashes';
import { metaPolicy, policyTemplate, withPolicyMeta } from './policy-meta';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

export function securityHeaders(): AstroIntegration {
  return {
    name: 'site-security-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const headersFile = join(site, '_headers');
        const template = readFileSync(headersFile, 'utf8');
        const policy = policyTemplate(template);
        const hashes: InlineHashes = { scripts: new Set(), styles: new Set() };
        const pages = htmlFiles(site);
        for (const file of pages) {
          const html = readFileSync(file, 'utf8');
          const own: InlineHashes = { scripts: new Set(), styles: new Set() };
          collectInlineHashes(html, own);
          own.scripts.forEach((hash) => hashes.scripts.add(hash));
          own.styles.forEach((hash) => hashes.styles.add(hash));
          try {
            writeFileSync(file, withPolicyMeta(html, metaPolicy(policy, own)));
          } catch (error) {
            throw new Error(`${relative(site, file)}: ${(error as Error).message}`);
          }
        }
        writeFileSync(headersFile, fillHeaderTemplate(template, hashes));
        logger.info(`_headers: ${hashes.scripts.size} inline script(s) and ${hashes.styles.size} inline style(s) allowed by hash`);
        logger.info(`Content-Security-Policy: in a meta tag on ${pages.length} pages`);
      },
    },
  };
}
