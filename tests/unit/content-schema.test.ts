/**
 * The front matter schema of every explainer page (src/collections/schema.ts),
 * checked directly: each wrong or missing field gives a problem that names
 * the field and says what it should be. That the build puts the content
 * file's name in front of it is shown once, end to end, by
 * content-errors.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { article } from '../../src/collections/schema';

// Astro's `reference()` turns a file name into a link to another entry; the
// schema only needs it to accept a name, as it does in the build.
vi.mock('astro:content', async () => {
  const { z } = await import('astro/zod');
  return { reference: (collection: string) => z.string().transform((id) => ({ id, collection })) };
});

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'content');
const frontMatterOf = (text: string): Record<string, unknown> => parse(text.match(/^---\n([\s\S]*?)\n---/)![1]!);
const basics = () => frontMatterOf(readFileSync(join(fixtures, 'pages', 'basics.md'), 'utf8'));

/** The problems with some front matter, one line each as the build prints them: "field: message". */
function problemsWith(data: Record<string, unknown>, schema: z.ZodType = article): string[] {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the front matter of an explainer page', () => {
  it('accepts every page of the fixture content, which the build accepts too', () => {
    const files = ['pages', 'dimensions', 'factors'].flatMap((folder) => readdirSync(join(fixtures, folder)).map((file) => join(folder, file)));
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(problemsWith(frontMatterOf(readFileSync(join(fixtures, file), 'utf8'))), file).toEqual([]);
  });

  it('refuses a description too long for link previews, and says how long it may be', () => {
    expect(problemsWith({ ...basics(), description: 'word '.repeat(40) })).toEqual([
      'description: description is used for link previews: keep it to 160 characters or fewer',
    ]);
  });

  it('names a required field that is missing', () => {
    const { title: _title, ...withoutTitle } = basics();
    expect(problemsWith(withoutTitle)).toEqual([expect.stringMatching(/^title: .*expected string/)]);
  });

  it('refuses a next review that comes before the last one, or more than a year after it', () => {
    expect(problemsWith({ ...basics(), nextReview: '2020-01-01' })).toEqual(['nextReview: nextReview must come after lastReviewed']);
    expect(problemsWith({ ...basics(), lastReviewed: '2026-01-01', nextReview: '2027-06-01' })).toEqual([
      'nextReview: nextReview must be within 12 months of lastReviewed',
    ]);
  });

  it('refuses a reader who is not one of ours, and names the ones it may be', () => {
    const [problem, ...more] = problemsWith({ ...basics(), audience: ['investors'] });
    expect(more).toEqual([]);
    expect(problem).toMatch(/^audience\.0: /);
    for (const reader of ['patient', 'family', 'clinic']) expect(problem).toContain(reader);
  });

  it('says to quote an "In short" point that YAML read as a pair of words', () => {
    // "- Ketamine: a medicine" without quotes is read as { Ketamine: "a medicine" }.
    const summary = parse('- Ketamine: a medicine used for depression\n- The second point is plain text.\n- So is the third point here.');
    expect(problemsWith({ ...basics(), summary })).toEqual(['summary.0: each "In short" point is text on one line: put it in quotes if it holds ": "']);
  });

  it('refuses a kept section id that is not lower-case words joined by hyphens', () => {
    expect(problemsWith({ ...basics(), headingIds: { 'A reworded section': 'A Fixture Section' } })).toEqual([
      'headingIds.A reworded section: headingIds: an id is lower-case words joined by hyphens',
    ]);
  });

  it('keeps every check when a collection extends it with fields of its own', () => {
    const translated = article.safeExtend({ address: z.string() });
    expect(problemsWith({ ...basics(), address: 'conceptos-basicos' }, translated)).toEqual([]);
    expect(problemsWith({ ...basics(), address: 'conceptos-basicos', nextReview: '2020-01-01' }, translated)).toEqual([
      'nextReview: nextReview must come after lastReviewed',
    ]);
  });
});
