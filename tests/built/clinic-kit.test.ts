/**
 * The clinic kit's link table, read from the built pages: it lists every
 * page and every section of its language's built pages, and hands out only
 * addresses on the published list, which the build keeps working. That its
 * links resolve and its buttons copy them is checked in the browser
 * (tests/e2e/clinic-kit.spec.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publishedAddresses } from '../../src/lib/published-addresses';
import { isDraft, sectionsOf } from './sections';
import { builtSite, elementsIn, type BuiltPage } from './site';

const site = builtSite();
/** The table's own links (not the copy buttons), as written: "/basics/#what-to-ask". */
const tableLinks = (kit: BuiltPage) => elementsIn(kit, '[data-section-row] a').filter((a) => !('data-copy-link' in a.attributes)).map((a) => a.attributes['href']!);
const kits = site.pages.filter((page) => tableLinks(page).length > 0);

describe('the clinic kit’s link table', () => {
  it('lists every page and every section of the built site in its language, and no other', () => {
    expect(kits.map((kit) => kit.path)).toContain('clinics/');
    for (const kit of kits) {
      const listed = new Set(tableLinks(kit));
      const missing: string[] = [];
      let sections = 0;
      // Pages with no review dates are tools with no sections to list, and a page still being written is not offered to clinics.
      for (const page of site.pages.filter((page) => page.lang === kit.lang && elementsIn(page, '[data-review-dates]').length > 0 && !isDraft(page))) {
        const here = `${site.base}${page.path}`;
        if (!listed.has(here)) missing.push(here);
        for (const { id } of sectionsOf(page)) {
          sections += 1;
          if (!listed.has(`${here}#${id}`)) missing.push(`${here}#${id}`);
        }
      }
      expect(sections, `/${kit.path}: sections found on the built pages`).toBeGreaterThan(100);
      expect(missing, `/${kit.path}: pages and sections missing from the clinic kit`).toEqual([]);
      const otherLanguage = [...listed].filter((href) => site.pages.find((page) => `${site.base}${page.path}` === href.replace(/#.*/, ''))?.lang !== kit.lang);
      expect(otherLanguage, `/${kit.path}: links to pages not in its language`).toEqual([]);
    }
  });

  it('hands out only addresses on the published list, which the build keeps working', () => {
    const handedOut = tableLinks(site.page('clinics/')).map((href) => `/${href.slice(site.base.length)}`);
    expect(handedOut.length).toBeGreaterThan(100);
    const listed = new Set(publishedAddresses(readFileSync(new URL('../../content/published-addresses.txt', import.meta.url), 'utf8')));
    const unlisted = handedOut.filter((address) => !listed.has(address));
    expect(unlisted, 'on /clinics/ but not in content/published-addresses.txt (`npm run build && npm run addresses` adds them)').toEqual([]);
  });
});
