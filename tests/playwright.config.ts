import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

/**
 * The end-to-end tests run against the built site served by `astro preview`:
 * once at the root and once under the sub-path /guide/, as a clinic might
 * deploy it. Debian's Chromium is used where installed (its browser cannot be
 * downloaded everywhere); elsewhere Playwright's own.
 */
const systemChromium = '/usr/bin/chromium';
const quietChromium = [
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

// OUT_DIR and E2E_PORT let two checkouts or builds be tested side by side.
const outDir = process.env['OUT_DIR'] ?? './dist';
const port = Number(process.env['E2E_PORT'] ?? 4321);

const preview = (port: number, env: Record<string, string> = {}) => ({
  cwd: fileURLToPath(new URL('..', import.meta.url)),
  command: `npx astro preview --port ${port} --host 127.0.0.1 --ignore-lock`,
  url: `http://127.0.0.1:${port}${env['BASE_PATH'] ?? '/'}`,
  env: { ASTRO_TELEMETRY_DISABLED: '1', OUT_DIR: outDir, ...env },
  reuseExistingServer: !process.env['CI'],
  timeout: 60_000,
});

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  // Several tests walk every page of the site; give them room on a 2-core machine.
  timeout: 90_000,
  reporter: [['list']],
  outputDir: `../test-results/${port}`,
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
      args: quietChromium,
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${port}/` } },
    // The words are the same in both builds: they are read once, at the root.
    { name: 'guide', use: { baseURL: `http://127.0.0.1:${port + 1}/guide/` }, testIgnore: 'content.spec.ts' },
  ],
  webServer: [preview(port), preview(port + 1, { BASE_PATH: '/guide/', OUT_DIR: `${outDir}-guide` })],
});
