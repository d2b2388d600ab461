/**
 * The front matter every explainer page shares (DESIGN.md, "Content model"),
 * in a module of its own so that the unit tests can check it directly
 * (tests/unit/content-schema.test.ts); src/content.config.ts gives it to the
 * collections. A collection whose pages need more fields extends it
 * (`article.safeExtend({ ... })`), which keeps every check here.
 */
import { reference } from 'astro:content';
import { z } from 'astro/zod';
import { reviewWindowProblem } from '../lib/review-dates';

export const audience = z.enum(['patient', 'family', 'clinic']);

export const article = z
  .object({
    title: z.string().trim().min(3).max(90),
    description: z
      .string()
      .trim()
      .min(30)
      .max(160, 'description is used for link previews: keep it to 160 characters or fewer'),
    /** The "In short" box: the whole page in twenty seconds. */
    // A point with ": " in it is read by YAML as a pair of words, not text: the message says how to write it.
    summary: z.array(z.string({ error: 'each "In short" point is text on one line: put it in quotes if it holds ": "' }).trim().min(10)).min(3).max(5),
    audience: z.array(audience).min(1),
    order: z.number().int().nonnegative(),
    lastReviewed: z.coerce.date(),
    nextReview: z.coerce.date(),
    sources: z.array(reference('references')).default([]),
    /** Words readers search with that the page itself may not use; indexed, never shown. */
    keywords: z.array(z.string().trim().min(2)).default([]),
    /** Shorter title for navigation and related-page cards. */
    navTitle: z.string().trim().min(2).max(40).optional(),
    /** The one-line "not medical advice" note under the title; the disclaimer page itself leaves it out. */
    disclaimerNote: z.boolean().default(true),
    /** Lists every reference after the words: the Sources page. */
    referenceList: z.boolean().default(false),
    /** Marks a page whose words are still to be written, so that nobody mistakes it for content. */
    draft: z.boolean().default(false),
    /**
     * Section addresses that must outlive a heading's words: { "New heading words": old-id }.
     * Clinics link sections by id, so a reworded heading keeps the id it had.
     */
    headingIds: z
      .record(z.string().trim().min(1), z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'headingIds: an id is lower-case words joined by hyphens'))
      .default({}),
  })
  .superRefine((page, ctx) => {
    const problem = reviewWindowProblem(page.lastReviewed, page.nextReview);
    if (problem) ctx.addIssue({ code: 'custom', path: ['nextReview'], message: problem });
  });
