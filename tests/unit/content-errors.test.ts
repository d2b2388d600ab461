/**
 * A content file with a missing or wrong field must stop the build with a
 * message that names the file and the field. The schema's own messages are
 * checked directly in content-schema.test.ts, and the checks the build runs
 * on its output in build-checks.test.ts; here the fixture content is built
 * for real, once for a field the schema refuses (Astro's content sync names
 * the file), and once for a source that no reference file has (found only
 * when the page is rendered: the sync merely logs it and goes on).
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

/** Copies the fixtures, applies `edit` to one file, runs `astro <command>` on them, and returns whether it passed and what it said. */
async function buildWith(file: string, edit: (text: string) => string, command: 'sync' | 'build' = 'sync') {
  const dir = mkdtempSync(join(tmpdir(), 'content-'));
  made.push(dir);
  cpSync(fixtures, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  // The fixture content is in English only: no Spanish edition to build beside it.
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: dir, OUT_DIR: join(dir, 'dist'), SPANISH_EDITION: 'off', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
  delete env['FORCE_COLOR'];
  try {
    const { stdout, stderr } = await run('npx', ['astro', command], { env, timeout: 120_000 });
    return { ok: true, output: stripVTControlCharacters(stdout + stderr) };
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    return { ok: false, output: stripVTControlCharacters(stdout + stderr) };
  }
}

describe('content validation', { timeout: 180_000 }, () => {
  it('names file and field when a description is too long for link previews', async () => {
    const result = await buildWith('pages/basics.md', (text) => text.replace(/^description: .*$/m, `description: ${'word '.repeat(40)}`));
    expect(result.ok).toBe(false);
    expect(result.output).toContain('pages/basics.md');
    expect(result.output).toMatch(/description: .*160 characters/);
  });

  it('fails the build naming the page when it cites an unknown reference', async () => {
    const result = await buildWith('pages/basics.md', (text) => text.replace(/^sources: .*$/m, 'sources: [no-such-study]'), 'build');
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/pages\/basics\.md: sources names unknown reference\(s\): no-such-study/);
  });
});
