/**
 * Images a Markdown file points to that are not there. Astro's own error
 * names the image but not the page, so the build checks first and names both.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const LOCAL_IMAGE = /!\[[^\]]*\]\((?!https?:|\/\/|data:)([^)\s]+)/g;

export function missingImages(contentDir: string): string[] {
  const problems: string[] = [];
  if (!existsSync(contentDir)) return problems;
  for (const name of readdirSync(contentDir, { recursive: true }).map(String)) {
    if (!/\.mdx?$/.test(name)) continue;
    const file = join(contentDir, name);
    for (const m of readFileSync(file, 'utf8').matchAll(LOCAL_IMAGE)) {
      const src = m[1] ?? '';
      const path = src.startsWith('/') ? resolve('public', `.${src}`) : resolve(dirname(file), src);
      if (!existsSync(path)) problems.push(`${file}: the image "${src}" does not exist`);
    }
  }
  return problems;
}
