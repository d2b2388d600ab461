/**
 * What search engines read about each article: schema.org data that calls
 * it a medical web page, with the readers it is for, the title a reader
 * sees and the review date the page shows.
 */
import { expect, it } from 'vitest';
import { textContentOf } from './sections';
import { attributeOf, builtSite, elementsIn } from './site';

it('describes every article as a medical web page with its title, readers and last review date', () => {
  const articles = builtSite().pages.filter((page) => elementsIn(page, '[data-review-dates]').length > 0);
  expect(articles.length).toBeGreaterThan(20);
  for (const page of articles) {
    const script = elementsIn(page, 'script[type="application/ld+json"]')[0];
    const json = script?.children.map((child) => ('value' in child ? child.value : '')).join('');
    expect(json, `/${page.path} has schema.org data`).toBeTruthy();
    const data = JSON.parse(json!) as { '@type': string; name: string; lastReviewed: string; audience: unknown[] };
    expect(
      { type: data['@type'], name: data.name, lastReviewed: data.lastReviewed, readers: data.audience.length > 0 },
      `/${page.path}`,
    ).toEqual({
      type: 'MedicalWebPage',
      name: textContentOf(elementsIn(page, 'h1')[0]),
      lastReviewed: attributeOf(page, '[data-review-dates] time', 'datetime'),
      readers: true,
    });
    expect(data.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
});
