// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri, satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import tailwindcss from '@tailwindcss/vite';
import { site } from './src/site.config';
import { pagefind } from './src/integrations/pagefind';
import { baseLinks } from './src/integrations/base-links';
import { linkCheck } from './src/integrations/link-check';
import { contentImages } from './src/integrations/content-images';
import { fixedHeadingIds, headingLinks, plainHeadingIds } from './src/integrations/copy-links';
import { securityHeaders } from './src/integrations/security-headers';
import { crisisText } from './src/integrations/crisis-text';
import { qualityReport } from './src/integrations/quality-report';
import { translatedRoutes } from './src/integrations/translated-routes';
import { sitemapAlternates } from './src/integrations/sitemap-alternates';

// BASE_PATH serves the whole site from a sub-path, e.g. BASE_PATH=/guide/.
const base = process.env.BASE_PATH ?? '/';
// CONTENT_DIR builds from another content folder (the tests' fixtures); its
// cache lives beside it, so that no two content folders ever share one.
const contentDir = process.env.CONTENT_DIR;
// OUT_DIR builds somewhere else (side-by-side builds); each output folder gets
// its own cache, so that two builds running at once never write the same one.
const outDir = process.env.OUT_DIR ?? './dist';
// English at the root, Spanish under /es/ unless site.config.ts turns it off.
/** @type {import('./src/lib/i18n/languages').Lang[]} */
const languages = site.spanishEdition ? ['en', 'es'] : ['en'];
const cacheDir = contentDir ? `${contentDir}/.astro-cache/` : process.env.OUT_DIR ? `${outDir}.astro-cache/` : './node_modules/.astro/';

export default defineConfig({
  site: site.url,
  base,
  trailingSlash: 'always',
  outDir,
  cacheDir,
  // The stylesheet is small (about 6 KiB compressed): inlined, a page's HTML and
  // CSS arrive together in the first round trip and text paints at once.
  build: { format: 'directory', inlineStylesheets: 'always' },
  i18n: { locales: languages, defaultLocale: 'en', routing: { prefixDefaultLocale: false } },
  integrations: [translatedRoutes(languages.filter((lang) => lang !== 'en')), mdx(), sitemap({ serialize: sitemapAlternates(outDir, base), filter: (page) => !page.endsWith('/404/') }), qualityReport(), pagefind(), securityHeaders(), linkCheck(contentDir ?? './content', languages), contentImages(contentDir ?? './content')],
  markdown: {
    // Crisis numbers are filled in from site.config.ts before anything reads a
    // heading's words. Heading ids are made next (ids fixed in front matter, then Astro's, which
    // Astro makes again, the same, at the end), so that every h2 and h3 can get
    // a copy-link control pointing at its id.
    processor: satteri({
      hastPlugins: [baseLinks(base), crisisText(site.crisis), fixedHeadingIds(), plainHeadingIds(), satteriHeadingIdsPlugin(), headingLinks()],
    }),
  },
  vite: {
    plugins: [tailwindcss()],
  },
});
