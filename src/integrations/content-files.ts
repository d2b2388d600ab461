/**
 * Which content file makes which page, worked out from the content folders,
 * so that a problem found in a built page can name the file to fix.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathOf, type CollectionName } from '../lib/navigation';
import { contentFolder, DEFAULT_LANG, LANGUAGES } from '../lib/i18n/languages';

const COLLECTIONS = ['pages', 'dimensions', 'factors'] as const satisfies readonly CollectionName[];

/** A translated page's `address` front matter ("" for its home page), or undefined when it has none. */
function addressOf(file: string): string | undefined {
  const match = readFileSync(file, 'utf8').match(/^---\n[\s\S]*?^address:[ \t]*(?:"([^"]*)"|'([^']*)'|([^\n#]*?))[ \t]*$/m);
  return match ? (match[1] ?? match[2] ?? match[3] ?? '').trim() : undefined;
}

/** Page path (without base) → content file, for every Markdown page in every language. */
export function contentFiles(contentDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const lang of LANGUAGES) {
    for (const collection of COLLECTIONS) {
      const dir = join(contentDir, contentFolder(lang), collection);
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir)) {
        if (!/\.mdx?$/.test(file)) continue;
        const path = join(dir, file);
        const id = basename(file).replace(/\.mdx?$/, '');
        const address = lang === DEFAULT_LANG ? undefined : addressOf(path);
        if (lang !== DEFAULT_LANG && address === undefined) continue; // the build itself names a missing address
        files.set(pathOf({ collection, id, lang, address }), path);
      }
    }
  }
  return files;
}
