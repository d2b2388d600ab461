/**
 * The Markdown plugin that puts the base path in front of root-relative
 * addresses, run through the same Markdown processor as the site: a page
 * under /guide/ must link to /guide/... and show its images from there too.
 */
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { baseLinks } from '../../src/integrations/base-links';

async function render(markdown: string, base: string) {
  const { html } = await markdownToHtml(markdown, { hastPlugins: [baseLinks(base)] });
  return html;
}

describe('base links', () => {
  it('gives a root-relative link the base path', async () => {
    expect(await render('See [the basics](/basics/#what-to-ask).', '/guide/')).toContain('href="/guide/basics/#what-to-ask"');
  });

  it('gives a root-relative image the base path', async () => {
    expect(await render('![A chart of progress](/images/chart.png)', '/guide/')).toContain('src="/guide/images/chart.png"');
  });

  it('leaves images and links on other sites, relative ones, and the root build alone', async () => {
    const html = await render('![a](https://example.org/a.png) ![b](//cdn.example.org/b.png) ![c](chart.png) [d](mailto:care@example.org)', '/guide/');
    expect(html).toContain('src="https://example.org/a.png"');
    expect(html).toContain('src="//cdn.example.org/b.png"');
    expect(html).toContain('src="chart.png"');
    expect(html).toContain('href="mailto:care@example.org"');
    expect(await render('![A chart](/images/chart.png)', '/')).toContain('src="/images/chart.png"');
  });
});
