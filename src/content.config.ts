import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { article } from './collections/schema';

// CONTENT_DIR lets the tests build from a fixture folder (for example one with a broken file).
const root = process.env['CONTENT_DIR'] ?? './content';
const content = (name: string) => glob({ base: `${root}/${name}`, pattern: '**/*.md' });

/**
 * A page in another language: the English page's file name under
 * content/<lang>/, the same fields, and the last part of its own address.
 */
const translatedArticle = article.safeExtend({
  /** "conceptos-basicos" for /es/conceptos-basicos/; "" for the language's home page. */
  address: z.string().regex(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/, 'address: the last part of the page\'s address, lower-case words joined by hyphens (no accents)'),
});

export const collections = {
  pages: defineCollection({ loader: content('pages'), schema: article }),
  dimensions: defineCollection({ loader: content('dimensions'), schema: article }),
  factors: defineCollection({ loader: content('factors'), schema: article }),
  pagesEs: defineCollection({ loader: content('es/pages'), schema: translatedArticle }),
  dimensionsEs: defineCollection({ loader: content('es/dimensions'), schema: translatedArticle }),
  factorsEs: defineCollection({ loader: content('es/factors'), schema: translatedArticle }),
  references: defineCollection({
    loader: glob({ base: `${root}/references`, pattern: '**/*.yaml' }),
    schema: z.object({
      /** How the reference is cited in running text: "Anand et al., 2023". */
      label: z.string().trim().min(3),
      /** Absent for documents without named authors, such as a drug label. */
      authors: z.string().trim().min(2).optional(),
      title: z.string().trim().optional(),
      publication: z.string().trim().min(2),
      year: z.number().int().min(1900).max(2100).optional(),
      details: z.string().trim().optional(),
      doi: z
        .string()
        .regex(/^10\.\d{4,9}\/\S+$/, 'doi must look like 10.1234/abc (no https://doi.org/ prefix)')
        .optional(),
      url: z.url().optional(),
      /** What the site uses this reference for, shown on the Sources page. */
      usedFor: z.string().trim().min(5),
      /** The same, in Spanish, for /es/fuentes/. */
      usedForEs: z.string().trim().min(5).optional(),
    }),
  }),
};
