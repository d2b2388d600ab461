/**
 * A content file with a missing or wrong field must stop the build with a
 * message that names the file and the field. Each case copies the valid
 * fixture content, breaks one thing, and runs Astro's content sync on it.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify, stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const fixtures = join(import.meta.dirname, '..', 'fixtures', 'content');
const made: string[] = [];

afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Copies the fixtures, applies `edit` to one file, and returns what the build said and where it wrote the site. */
async function buildWith(file: string, edit: (text: string) => string, command: 'sync' | 'build' = 'sync', settings: NodeJS.ProcessEnv = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  made.push(dir);
  cpSync(fixtures, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  const out = join(dir, 'dist');
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: dir, OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', ...settings };
  delete env['FORCE_COLOR'];
  try {
    const { stdout, stderr } = await run('npx', ['astro', command], { env, timeout: 120_000 });
    return { ok: true, output: stripVTControlCharacters(stdout + stderr), out };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stripVTControlCharacters(stdout + stderr), out };
  }
}

describe('content validation', { timeout: 180_000 }, () => {
  it('accepts the valid fixtures', async () => {
    const result = await buildWith('pages/basics.md', (text) => text);
    expect(result.output).not.toMatch(/error/i);
    expect(result.ok).toBe(true);
  });

  it('names file and field when a description is too long for link previews', async () => {
    const result = await buildWith('pages/basics.md', (text) => text.replace(/^description: .*$/m, `description: ${'word '.repeat(40)}`));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('pages/basics.md');
    expect(result.output).toMatch(/description: .*160 characters/);
  });

  it('names file and field when a required field is missing', async () => {
    const result = await buildWith('factors/engagement.md', (text) => text.replace(/^title: .*\n/m, ''));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('factors/engagement.md');
    expect(result.output).toMatch(/title: /);
  });

  it('names file and field when the next review comes before the last one', async () => {
    const result = await buildWith('dimensions/hope.md', (text) => text.replace(/^nextReview: .*$/m, 'nextReview: 2020-01-01'));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('dimensions/hope.md');
    expect(result.output).toMatch(/nextReview: nextReview must come after lastReviewed/);
  });

  it('names file and field when the audience is not one of our readers', async () => {
    const result = await buildWith('pages/home.md', (text) => text.replace(/^audience: .*$/m, 'audience: [investors]'));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('pages/home.md');
    expect(result.output).toMatch(/audience/);
  });

  it('fails the build naming file and link when a Markdown link goes to no page', async () => {
    const result = await buildWith('pages/basics.md', (text) => `${text}\nSee [what helps](/factor/engagement/).\n`, 'build');
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/pages\/basics\.md \(\/basics\/\): the link "\/factor\/engagement\/" goes to no page/);
  });

  it('fails the build naming the file when an image is missing', async () => {
    const result = await buildWith('factors/engagement.md', (text) => `${text}\n![A chart of progress](./missing-chart.png)\n`, 'build');
    expect(result.ok).toBe(false);
    expect(result.output).toContain('missing-chart.png');
    expect(result.output).toContain('factors/engagement.md');
  });

  it('fails the build naming file and image when an image in a page is no file of the site', async () => {
    const result = await buildWith('pages/basics.md', (text) => `${text}\n<img src="/images/no-such-chart.png" alt="A chart of progress">\n`, 'build');
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/pages\/basics\.md \(\/basics\/\): the image "\/images\/no-such-chart\.png" is no file of this site/);
  });

  it('under a sub-path, gives a root-relative Markdown image the base path, so that it shows', async () => {
    const result = await buildWith('pages/basics.md', (text) => `${text}\n![The guide's icon](/favicon.svg)\n`, 'build', { BASE_PATH: '/guide/' });
    const page = readFileSync(join(result.out, 'basics', 'index.html'), 'utf8');
    expect(page).toContain('<img src="/guide/favicon.svg"');
    // (The fixture site's own links lead to pages it does not have, so its build stops; the image is not among them.)
    expect(result.output).not.toContain('the image');
  });

  it('fails the build naming the address when a reworded heading loses a published section link', async () => {
    const result = await buildWith('pages/basics.md', (text) => text.replace('## A fixture section', '## A reworded section'), 'build');
    expect(result.ok).toBe(false);
    expect(result.output).toContain('published-addresses.txt');
    expect(result.output).toContain('/basics/#a-fixture-section has no #a-fixture-section on /basics/');
    // Keeping the old id in the front matter keeps the address.
    const kept = await buildWith(
      'pages/basics.md',
      (text) => text.replace('## A fixture section', '## A reworded section').replace(/^---\n/, '---\nheadingIds:\n  A reworded section: a-fixture-section\n'),
      'build',
    );
    // (The fixture site's own links lead to pages it does not have, so its build still stops, later.)
    expect(kept.output).toContain('every published address resolves');
  });

  it('fails the build naming the page when it cites an unknown reference', async () => {
    const result = await buildWith('pages/basics.md', (text) => text.replace(/^sources: .*$/m, 'sources: [no-such-study]'), 'build');
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/pages\/basics\.md: sources names unknown reference\(s\): no-such-study/);
  });
});
