import { describe, expect, it } from 'vitest';
import { neighbours, partOf, pathOf, readingOrder, relatedLinks, type PageRef } from '../../src/lib/navigation';

const ref = (collection: PageRef['collection'], id: string, order: number): PageRef => ({
  collection,
  id,
  order,
  title: `Title ${id}`,
  description: `About ${id}`,
});

const pages = ['home', 'basics', 'safety', 'success', 'factors', 'support', 'measuring', 'not-helping', 'disclaimer'].map((id, i) => ref('pages', id, i));
const dimensions = [ref('dimensions', 'hope', 7), ref('dimensions', 'symptom-relief', 1)];
const factors = [ref('factors', 'lifestyle', 5), ref('factors', 'engagement', 1)];

describe('pathOf', () => {
  it('gives each collection its stable URL', () => {
    expect(pathOf({ collection: 'pages', id: 'home' })).toBe('/');
    expect(pathOf({ collection: 'pages', id: 'basics' })).toBe('/basics/');
    expect(pathOf({ collection: 'dimensions', id: 'hope' })).toBe('/success/hope/');
    expect(pathOf({ collection: 'factors', id: 'care-team' })).toBe('/factors/care-team/');
  });
});

describe('partOf', () => {
  it('finds the part from the first segment', () => {
    expect(partOf('/success/hope/')).toBe('success');
    expect(partOf('/factors/')).toBe('factors');
    expect(partOf('/disclaimer/')).toBe('about');
    // Pages at the top level that belong to a part all the same.
    expect(partOf('/safety/')).toBe('basics');
    expect(partOf('/not-helping/')).toBe('measuring');
    expect(partOf('/')).toBeNull();
  });
});

describe('readingOrder', () => {
  const order = readingOrder(pages, dimensions, factors).map((link) => link.href);
  it('runs basics and safety, success and its dimensions by order, factors and theirs, then support, measuring and what if it is not helping', () => {
    expect(order).toEqual([
      '/basics/',
      '/safety/',
      '/success/',
      '/success/symptom-relief/',
      '/success/hope/',
      '/factors/',
      '/factors/engagement/',
      '/factors/lifestyle/',
      '/support/',
      '/measuring/',
      '/not-helping/',
    ]);
  });
  it('leaves out pages that are not part of the guide path', () => {
    expect(order).not.toContain('/disclaimer/');
    expect(order).not.toContain('/');
  });
});

describe('neighbours', () => {
  const order = readingOrder(pages, dimensions, factors);
  it('links the previous and next page', () => {
    const { previous, next } = neighbours(order, '/success/hope/');
    expect(previous?.href).toBe('/success/symptom-relief/');
    expect(next?.href).toBe('/factors/');
  });
  it('has no previous page at the start and none at all off the path', () => {
    expect(neighbours(order, '/basics/').previous).toBeNull();
    expect(neighbours(order, '/disclaimer/')).toEqual({ previous: null, next: null });
  });
});

describe('relatedLinks', () => {
  const all = readingOrder(pages, dimensions, factors);
  it('suggests the next steps of the part and never the page itself', () => {
    const related = relatedLinks('/success/', all).map((link) => link.href);
    expect(related).toEqual(['/factors/', '/measuring/', '/not-helping/']);
    expect(relatedLinks('/factors/', all).map((link) => link.href)).not.toContain('/factors/');
  });
  it('skips suggestions that are not built', () => {
    expect(relatedLinks('/basics/', []).length).toBe(0);
  });
});
