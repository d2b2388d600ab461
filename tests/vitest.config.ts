import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['tests/unit/**/*.test.ts'],
    // Vitest's default is one worker fewer than the machine has cores: one, on
    // a 2-core machine, so the two files that wait on a spawned build (the
    // fixture build, the rebranded copy) would wait for each other and hold
    // up every other file. With two, the quick files run while a build runs.
    maxWorkers: 2,
  },
});
