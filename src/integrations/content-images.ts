/** Stops the build, naming the Markdown file, when a page shows an image that is not there. */
import type { AstroIntegration } from 'astro';
import { missingImages } from '../lib/content-images';

export function contentImages(contentDir: string): AstroIntegration {
  return {
    name: 'site-content-images',
    hooks: {
      'astro:build:start': () => {
        const problems = missingImages(contentDir);
        if (problems.length > 0) throw new Error(`Missing images:\n${problems.join('\n')}`);
      },
    },
  };
}
