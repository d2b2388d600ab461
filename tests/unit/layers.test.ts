/**
 * The layers of src/ (README, "Architecture"): src/lib/ is plain TypeScript
 * that runs in the browser and in Node alike, so it imports neither Astro's
 * modules nor Node's; the collection loaders live in src/collections/ and
 * the Node-only build helpers in src/integrations/. A file that crosses a
 * layer fails here, naming the file and the import.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = new URL('../../src/', import.meta.url).pathname;
const IMPORT = /(?:^|\n)\s*(?:import|export)[^'";]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(folder: string): { file: string; spec: string }[] {
  return readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(?:ts|mjs|js)$/.test(file))
    .flatMap((file) => [...readFileSync(join(SRC, folder, file), 'utf8').matchAll(IMPORT)].map((m) => ({ file: `src/${folder}/${file}`, spec: (m[1] ?? m[2])! })));
}

describe('the layers of src/', () => {
  it('keeps src/lib/ free of Astro and Node modules', () => {
    const crossing = importsOf('lib').filter(({ spec }) => /^(?:astro:|node:|astro$|astro\/)/.test(spec) || ['fs', 'path', 'esbuild'].includes(spec));
    expect(crossing.map(({ file, spec }) => `${file} imports ${spec}`)).toEqual([]);
  });

  it('keeps the browser code free of Node modules and of the build’s settings', () => {
    // site.config.ts reads the build's environment, which the browser does not have: pages pass what scripts need.
    const crossing = importsOf('client').filter(({ spec }) => /^(?:astro:|node:)/.test(spec) || /site\.config/.test(spec));
    expect(crossing.map(({ file, spec }) => `${file} imports ${spec}`)).toEqual([]);
  });
});
