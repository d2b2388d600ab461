import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/**
 * The checks that read the built site's files (`npm run test:built`): run
 * after `npm run build` and `npm run build:guide`, on the OUT_DIR they wrote.
 */
export default defineConfig({
  test: {
    root: fileURLToPath(new URL('../..', import.meta.url)),
    include: ['tests/built/**/*.test.ts'],
    // Each test reads every page of the site: on a busy 2-core machine that can take longer than the default 5 s.
    testTimeout: 60_000,
    // The files only read the build: sharing a worker's modules between them lets
    // each build be read and parsed once per worker (site.ts) instead of once per file.
    isolate: false,
    // Two at a time (Vitest's default is one on a 2-core machine): the HTML
    // validation, the slowest file, runs beside the others.
    maxWorkers: 2,
  },
});
