/**
 * The table on each language's quality page: its rows in that language's
 * words and dates, and its section headings with ids that copy cleanly.
 */
import { describe, expect, it } from 'vitest';
import { qualityRows, qualitySections, type PageRow } from '../../src/lib/quality-table';
import { readabilityOf } from '../../src/lib/readability';

const row = (path: string, lang: 'en' | 'es', text: string): PageRow => ({
  path,
  title: 'Título',
  lang,
  readability: readabilityOf([text], lang),
  words: 4,
  lastReviewed: '2026-11-29',
  nextReview: '2027-11-29',
  sources: 2,
  inShortFirst: true,
});

describe('qualityRows', () => {
  it('writes a Spanish row with its INFLESZ score, a Spanish date and "Sí"', () => {
    const spanish = row('/es/lo-basico/', 'es', 'Hable con su equipo.');
    const html = qualityRows([spanish], '/guide/', 'es');
    expect(html).toContain('<a href="/guide/es/lo-basico/">');
    expect(html).toContain(`<td>${spanish.readability.score.toFixed(1)}</td>`);
    expect(html).toContain('29 de noviembre de 2026');
    expect(html).toContain('<td>Sí</td>');
  });

  it('writes an English row with its grade, an English date and "Yes"', () => {
    const english = row('/basics/', 'en', 'Talk to your care team.');
    const html = qualityRows([english], '/', 'en');
    expect(html).toContain(`<td>${english.readability.score.toFixed(1)}</td>`);
    expect(html).toContain('November 29, 2026');
    expect(html).toContain('<td>Yes</td>');
  });
});

describe('qualitySections', () => {
  it('gives the Spanish page Spanish headings whose ids have no accents', () => {
    const sections = Object.values(qualitySections('es'));
    expect(sections.map(({ text }) => text)).toEqual(['Quién publica esta versión', 'Avisar de un error', 'Cada página y sus pruebas']);
    for (const { slug } of sections) expect(slug).toMatch(/^[a-z0-9-]+$/);
  });

  it('keeps the English headings and their published ids', () => {
    expect(Object.values(qualitySections('en')).map(({ slug }) => slug)).toEqual(['who-publishes-this-copy', 'report-an-error', 'every-page-and-its-checks']);
  });
});
