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
  it('puts a Spanish page under /es/ at its own address, in the Spanish folder of its part', () => {
    expect(pathOf({ collection: 'pages', id: 'home', lang: 'es', address: '' })).toBe('/es/');
    expect(pathOf({ collection: 'pages', id: 'basics', lang: 'es', address: 'conceptos-basicos' })).toBe('/es/conceptos-basicos/');
    expect(pathOf({ collection: 'dimensions', id: 'hope', lang: 'es', address: 'esperanza' })).toBe('/es/exito/esperanza/');
    expect(pathOf({ collection: 'factors', id: 'care-team', lang: 'es', address: 'equipo-de-atencion' })).toBe('/es/factores/equipo-de-atencion/');
  });
  it('refuses a Spanish page without an address rather than guess one', () => {
    expect(() => pathOf({ collection: 'pages', id: 'basics', lang: 'es' })).toThrow(/pages\/basics has no address/);
  });
});

describe('partOf', () => {
  it('finds the part from the page, whatever its address', () => {
    expect(partOf({ collection: 'dimensions', id: 'hope' })).toBe('success');
    expect(partOf({ collection: 'pages', id: 'factors' })).toBe('factors');
    expect(partOf({ collection: 'pages', id: 'disclaimer' })).toBe('about');
    // Pages at the top level that belong to a part all the same.
    expect(partOf({ collection: 'pages', id: 'safety' })).toBe('basics');
    expect(partOf({ collection: 'pages', id: 'not-helping' })).toBe('measuring');
    expect(partOf({ collection: 'pages', id: 'home' })).toBeNull();
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
    const related = relatedLinks({ collection: 'pages', id: 'success' }, all).map((link) => link.href);
    expect(related).toEqual(['/factors/', '/measuring/', '/not-helping/']);
    expect(relatedLinks({ collection: 'pages', id: 'factors' }, all).map((link) => link.href)).not.toContain('/factors/');
  });
  it('skips suggestions that are not built', () => {
    expect(relatedLinks({ collection: 'pages', id: 'basics' }, []).length).toBe(0);
  });
  it('suggests the pages of the same language', () => {
    const spanish = readingOrder(
      [{ ...ref('pages', 'factors', 1), lang: 'es', address: 'factores' }, { ...ref('pages', 'measuring', 2), lang: 'es', address: 'medir-el-progreso' }],
      [],
      [],
    );
    expect(relatedLinks({ collection: 'pages', id: 'success' }, spanish).map((link) => link.href)).toEqual(['/es/factores/', '/es/medir-el-progreso/']);
  });
});
