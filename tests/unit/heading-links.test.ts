/**
 * The Markdown plugin that gives every h2 and h3 a copy-link control, run
 * through the same Markdown processor and heading-id plugin as the site.
 */
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { fixedHeadingIds, headingLinks } from '../../src/integrations/copy-links';

async function render(markdown: string, frontmatter: Record<string, unknown> = {}) {
  const astro = {
    frontmatter,
    headings: [] as { depth: number; slug: string; text: string }[],
    localImagePaths: new Set<string>(),
    remoteImagePaths: new Set<string>(),
  };
  const { html } = await markdownToHtml(markdown, {
    hastPlugins: [fixedHeadingIds(), satteriHeadingIdsPlugin(), headingLinks(), satteriHeadingIdsPlugin()],
    data: { astro },
  });
  return { html, headings: astro.headings };
}

describe('heading links', () => {
  it('puts a link to the heading’s own id beside each h2 and h3', async () => {
    const { html } = await render('## What to bring\n\nText.\n\n### A snack & water\n');
    expect(html).toContain('<h2 id="what-to-bring">What to bring</h2>');
    // Named "Copy link to section: " (one hidden label per page) and then the heading itself.
    expect(html).toMatch(/<a href="#what-to-bring"[^>]* aria-labelledby="copy-link-label what-to-bring"[^>]* data-copy-link/);
    expect(html).toMatch(/<a href="#a-snack--water"[^>]* aria-labelledby="copy-link-label a-snack--water"/);
  });

  it('keeps the link outside the heading, so its text and the contents list stay the heading’s words', async () => {
    const { html, headings } = await render('## During the infusion\n');
    expect(html).toMatch(/^<div class="heading-wrap"><h2 id="during-the-infusion">During the infusion<\/h2><a /);
    expect(headings).toEqual([{ depth: 2, slug: 'during-the-infusion', text: 'During the infusion' }]);
  });

  it('gives repeated headings distinct ids, and links each to its own', async () => {
    const { html } = await render('## Questions\n\n## Questions\n');
    expect(html).toContain('href="#questions"');
    expect(html).toContain('<h2 id="questions-1">');
    expect(html).toContain('href="#questions-1"');
  });

  it('leaves other heading levels alone', async () => {
    const { html } = await render('# Title\n\n#### Small print\n');
    expect(html).not.toContain('data-copy-link');
  });

  it('keeps the id front matter fixes for a reworded heading, and links to it', async () => {
    const { html, headings } = await render("## What to pack\n\n## Don't rush\n", {
      headingIds: { 'What to pack': 'what-to-bring-on-the-day', "Don't rush": 'take-your-time' },
    });
    expect(html).toContain('<h2 id="what-to-bring-on-the-day">What to pack</h2><a href="#what-to-bring-on-the-day"');
    expect(html).toContain('<h2 id="take-your-time">');
    expect(headings.map((heading) => heading.slug)).toEqual(['what-to-bring-on-the-day', 'take-your-time']);
  });

  it('stops the build when a fixed id names words no heading has', async () => {
    await expect(render('## What to pack\n', { headingIds: { 'What to bring': 'what-to-bring' } })).rejects.toThrow(
      /headingIds names "What to bring", but no h2 or h3 has these words/,
    );
  });
});
