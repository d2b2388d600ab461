/**
 * Stops the build, naming the Markdown file, when a page shows an image that
 * is not there. Astro's own error names the image but not the page, so the
 * build checks first and names both.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';

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

export function contentImages(contentDir: string): AstroIntegration {
  return {
    name: 'site-content-images',
    hooks: {
      'astro:build:start': () => {
        const problems = missingImages(contentDir);
        if (problems.length > 0) {
          throw new AstroError(`Missing images:\n${problems.join('\n')}`, 'Put the image in public/ (written /name.png in the page) or beside the Markdown file, or correct its path.');
        }
      },
    },
  };
}
