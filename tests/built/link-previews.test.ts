/**
 * What search engines and link previews read in every built page's head: a
 * canonical address, Open Graph and Twitter tags, and a preview image of
 * its own that the build wrote, 1200×630 PNG. Checked on the root build and
 * on the one under /guide/, as the addresses depend on where the site lives.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributeOf, builtSite, GUIDE_BUILD, ROOT_BUILD } from './site';

const PNG_SIGNATURE = '89504e470d0a1a0a';

describe.each([ROOT_BUILD, GUIDE_BUILD])('the link previews of %s', (dir) => {
  const site = builtSite(dir);

  it('give every page a canonical address and the preview tags that go with it', () => {
    const problems: string[] = [];
    for (const page of site.pages) {
      const meta = (selector: string) => attributeOf(page, selector, 'content');
      const canonical = attributeOf(page, 'link[rel="canonical"]', 'href');
      const tags = {
        canonical: canonical && new URL(canonical).pathname,
        'og:url': meta('meta[property="og:url"]'),
        'og:title': (meta('meta[property="og:title"]')?.length ?? 0) > 3,
        'og:description': meta('meta[property="og:description"]'),
        'twitter:card': meta('meta[name="twitter:card"]'),
        'twitter:image': meta('meta[name="twitter:image"]'),
        'og:image:alt': (meta('meta[property="og:image:alt"]')?.length ?? 0) > 5,
      };
      const expected = {
        canonical: `${site.base}${page.path}`,
        'og:url': canonical,
        'og:title': true,
        'og:description': meta('meta[name="description"]'),
        'twitter:card': 'summary_large_image',
        'twitter:image': meta('meta[property="og:image"]'),
        'og:image:alt': true,
      };
      for (const [tag, value] of Object.entries(tags)) {
        if (value !== expected[tag as keyof typeof expected]) problems.push(`/${page.path} ${tag}: ${JSON.stringify(value)}, not ${JSON.stringify(expected[tag as keyof typeof expected])}`);
      }
    }
    expect(site.pages.length).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  it('give the pages preview images of their own, each a 1200×630 PNG in the build', () => {
    const images = new Set(site.pages.map((page) => new URL(attributeOf(page, 'meta[property="og:image"]', 'content')!).pathname));
    expect(images.size, 'content pages have their own preview images').toBeGreaterThan(15);
    for (const image of images) {
      expect(image.startsWith(site.base), `${image} is under ${site.base}`).toBe(true);
      const file = join(dir, image.slice(site.base.length));
      expect(existsSync(file), `${image} is in the build`).toBe(true);
      const bytes = readFileSync(file);
      expect(bytes.subarray(0, 8).toString('hex'), `${image} is a PNG`).toBe(PNG_SIGNATURE);
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], `${image} is 1200×630`).toEqual([1200, 630]);
    }
  });
});
