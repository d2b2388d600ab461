/**
 * Which content file makes which page, worked out from the content folders,
 * so that a problem found in a built page can name the file to fix.
 */
import { existsSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathOf, type CollectionName } from '../lib/navigation';

/** Page path (without base) → content file, for every Markdown page. */
export function contentFiles(contentDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const collection of ['pages', 'dimensions', 'factors'] as const satisfies readonly CollectionName[]) {
    const dir = join(contentDir, collection);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)) {
      if (!/\.mdx?$/.test(file)) continue;
      files.set(pathOf({ collection, id: basename(file).replace(/\.mdx?$/, '') }), join(dir, file));
    }
  }
  return files;
}
