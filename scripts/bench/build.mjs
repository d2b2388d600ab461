/** Times a production build (pages and search index) of a project folder into an output folder. */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export function timeBuild({ cwd, outDir, env = {} }) {
  const started = performance.now();
  const result = spawnSync('npx', ['astro', 'build'], {
    cwd,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1', OUT_DIR: outDir, ...env },
    encoding: 'utf8',
  });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`build failed in ${cwd}:\n${result.stdout}\n${result.stderr}`);
  const pages = readdirSync(outDir, { recursive: true }).filter((file) => String(file).endsWith('.html')).length;
  return { seconds: Math.round(seconds * 10) / 10, pages };
}
