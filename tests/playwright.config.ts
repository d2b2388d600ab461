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

const preview = (port: number, env: Record<string, string> = {}) => ({
  cwd: fileURLToPath(new URL('..', import.meta.url)),
  command: `npx astro preview --port ${port} --host 127.0.0.1 --ignore-lock`,
  url: `http://127.0.0.1:${port}${env['BASE_PATH'] ?? '/'}`,
  env: { ASTRO_TELEMETRY_DISABLED: '1', ...env },
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
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
      args: quietChromium,
    },
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'root', use: { baseURL: 'http://127.0.0.1:4321/' } },
    // The words are the same in both builds: they are read once, at the root.
    { name: 'guide', use: { baseURL: 'http://127.0.0.1:4322/guide/' }, testIgnore: 'content.spec.ts' },
  ],
  webServer: [preview(4321), preview(4322, { BASE_PATH: '/guide/', OUT_DIR: './dist-guide' })],
});
