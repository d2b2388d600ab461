/** The built HTML of every page is valid (html-validate's recommended rules). */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // It expects a bare phone number as the text of a tel: link; ours are
    // actions ("Call 988"), which may wrap like any other words.
    'tel-non-breaking': 'off',
  },
});

// The same HTML under any base: validated once, on the root build.
test('every built page is valid HTML', async () => {
  const dir = process.env['OUT_DIR'] ?? 'dist';
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((file) => file.endsWith('.html'));
  expect(files.length, 'pages were built').toBeGreaterThan(10);
  const problems: string[] = [];
  for (const file of files) {
    const report = await validator.validateFile(join(dir, file));
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(problems).toEqual([]);
});
