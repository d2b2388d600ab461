/**
 * After the build, writes `_headers` from public/_headers with the hashes of
 * every inline script and style the pages contain, so the site runs under a
 * strict Content-Security-Policy without 'unsafe-inline'.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { collectInlineHashes, fillHeaderTemplate, type InlineHashes } from '../lib/inline-hashes';

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
        const hashes: InlineHashes = { scripts: new Set(), styles: new Set() };
        for (const file of htmlFiles(site)) collectInlineHashes(readFileSync(file, 'utf8'), hashes);
        const headersFile = join(site, '_headers');
        writeFileSync(headersFile, fillHeaderTemplate(readFileSync(headersFile, 'utf8'), hashes));
        logger.info(`_headers: ${hashes.scripts.size} inline script(s) and ${hashes.styles.size} inline style(s) allowed by hash`);
      },
    },
  };
}
