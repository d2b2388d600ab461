/**
 * The built HTML of every page is valid (html-validate's recommended rules).
 * The same HTML under any base: validated once, on the root build.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { expect, it } from 'vitest';
import { ROOT_BUILD } from './site';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // It expects a bare phone number as the text of a tel: link; ours are
    // actions ("Call 988"), which may wrap like any other words.
    'tel-non-breaking': 'off',
  },
});

it('writes every page as valid HTML', async () => {
  const files = readdirSync(ROOT_BUILD, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html'));
  expect(files.length, 'pages were built').toBeGreaterThan(10);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(join(ROOT_BUILD, file));
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(problems).toEqual([]);
}, 120_000);
