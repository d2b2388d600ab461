/** Where each language's pages and content files live, and telling a language back from them. */
import { describe, expect, it } from 'vitest';
import { contentFolder, langOfContentFile, langOfPath, langRoot, LANGUAGES } from '../../src/lib/i18n/languages';

describe.each(LANGUAGES)('the language "%s"', (lang) => {
  it('is told back from the address of its pages', () => {
    expect(langOfPath(langRoot(lang))).toBe(lang);
    expect(langOfPath(`${langRoot(lang)}a-page/`)).toBe(lang);
  });

  it('is told back from where its content files are', () => {
    for (const collection of ['pages', 'dimensions', 'factors']) {
      expect(langOfContentFile(`/site/content/${contentFolder(lang)}${collection}/hope.md`)).toBe(lang);
    }
  });
});

it('keeps English content and pages at the root, and Spanish under es/', () => {
  expect([contentFolder('en'), langRoot('en')]).toEqual(['', '/']);
  expect([contentFolder('es'), langRoot('es')]).toEqual(['es/', '/es/']);
});
