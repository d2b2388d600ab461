/**
 * Every h2 and h3 in the words of every built page has an id, and beside it
 * a copy-link control to that id, named for screen readers after the
 * heading. How the control looks and copies is checked in the browser
 * (tests/e2e/heading-links.spec.ts).
 */
import { expect, it } from 'vitest';
import { dictionaryFor } from '../../src/lib/i18n/dictionary';
import { isLang } from '../../src/lib/i18n/languages';
import { sectionsOf } from './sections';
import { builtSite } from './site';

it('gives every section heading of every page an id and a copy-link control named after it', () => {
  const problems: string[] = [];
  let checked = 0;
  for (const page of builtSite().pages) {
    const label = dictionaryFor(isLang(page.lang) ? page.lang : 'en').copyLinks.label;
    for (const heading of sectionsOf(page)) {
      checked += 1;
      const where = `/${page.path}: ${heading.tag} "${heading.text}"`;
      if (!heading.id) problems.push(`${where} has no id`);
      else if (heading.copyHref !== `#${heading.id}`) problems.push(`${where} has no copy-link control to #${heading.id}`);
      else if (heading.copyLabel !== `${label} ${heading.text}`) problems.push(`${where}: control is named "${heading.copyLabel}"`);
    }
  }
  expect(checked, 'section headings checked').toBeGreaterThan(100);
  expect(problems).toEqual([]);
});
