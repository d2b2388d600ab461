/**
 * scripts/with-node.mjs, which `npm start` and `npm test` go through: on a
 * Node older than the project needs, it says so in one line and runs the
 * command with the project's own Node first on the PATH; on a current Node
 * it runs the command as it is. Each case copies the script into a small
 * project whose `engines` the running Node does or does not meet, with a
 * stand-in for the Node kept in .tools/ (so that nothing is downloaded).
 */
import { execFile } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { isAtLeast, nodePackage } from '../../scripts/with-node.mjs';

const run = promisify(execFile);
const script = join(import.meta.dirname, '..', '..', 'scripts', 'with-node.mjs');
const made: string[] = [];

afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A project that needs Node `engines`, with a stand-in Node in .tools/ that says where it comes from. */
function project(engines: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'with-node-'));
  made.push(dir);
  mkdirSync(join(dir, 'scripts'));
  cpSync(script, join(dir, 'scripts', 'with-node.mjs'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ engines: { node: engines } }));
  writeFileSync(join(dir, '.nvmrc'), '24\n');
  const bin = join(dir, '.tools', 'node_modules', nodePackage() ?? 'no-node-package-for-this-machine', 'bin');
  mkdirSync(bin, { recursive: true });
  writeFileSync(join(bin, 'node'), '#!/bin/sh\necho "the Node in .tools"\n');
  chmodSync(join(bin, 'node'), 0o755);
  return dir;
}

/** Runs `node scripts/with-node.mjs ...args` in `dir` with the Node running these tests. */
async function withNode(dir: string, ...args: string[]) {
  try {
    const { stdout } = await run(process.execPath, [join(dir, 'scripts', 'with-node.mjs'), ...args], { cwd: dir });
    return { code: 0, stdout };
  } catch (error) {
    const { code, stdout } = error as { code: number; stdout: string };
    return { code, stdout };
  }
}

describe('isAtLeast', () => {
  it('compares major and minor versions with what package.json asks for', () => {
    expect(isAtLeast('20.20.2', '>=22.12')).toBe(false);
    expect(isAtLeast('22.11.0', '>=22.12')).toBe(false);
    expect(isAtLeast('22.12.0', '>=22.12')).toBe(true);
    expect(isAtLeast('23.0.0', '>=22.12')).toBe(true);
    expect(isAtLeast('24.11.1', '>=22.12')).toBe(true);
  });
});

describe('scripts/with-node.mjs', () => {
  it('on an older Node, says so in one line and runs the command with the Node in .tools/', async () => {
    const { code, stdout } = await withNode(project('>=99.0'), 'node', '--version');
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(`Node ${process.versions.node} is older than this project needs (>=99.0): running with Node 24 from the npm registry, kept in .tools/.`);
    expect(lines[1]).toBe('the Node in .tools');
    expect(code).toBe(0);
  });

  it('on a current Node, runs the command as it is and says nothing', async () => {
    const { code, stdout } = await withNode(project('>=22.12'), 'node', '--version');
    expect(stdout).toBe(`${process.version}\n`);
    expect(code).toBe(0);
  });

  it('ends with the exit code of the command', async () => {
    expect((await withNode(project('>=22.12'), 'sh', '-c', 'exit 3')).code).toBe(3);
    expect((await withNode(project('>=99.0'), 'sh', '-c', 'exit 3')).code).toBe(3);
  });
});
