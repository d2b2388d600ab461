import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { linkedPage, siteRoutes } from '../../src/lib/routes';

describe('siteRoutes', () => {
  it('lists the pages the content folders make, and the code routes', () => {
    const routes = siteRoutes(join(import.meta.dirname, '..', 'fixtures', 'content'));
    expect([...routes].sort()).toEqual(['/', '/basics/', '/factors/engagement/', '/search/', '/success/hope/']);
  });
});

describe('linkedPage', () => {
  it('takes the page part of a root-relative link', () => {
    expect(linkedPage('/sources/#ref-anand-2023')).toBe('/sources/');
    expect(linkedPage('/search/?q=sleep')).toBe('/search/');
  });
  it('ignores links that leave the site or stay on the page', () => {
    for (const href of ['https://findahelpline.com', '#main', 'tel:988', '//cdn.example.org/']) expect(linkedPage(href)).toBeNull();
  });
});
