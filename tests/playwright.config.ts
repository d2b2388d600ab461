import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

/**
 * The end-to-end tests run against the built site, served with its real
 * security headers (scripts/serve.mjs): at the root, and under the sub-path
 * /guide/ as a clinic might deploy it. Debian's Chromium is used where
 * installed (its browser cannot be downloaded everywhere); elsewhere
 * Playwright's own. Of Debian's two builds the headless shell comes first:
 * the same engine without the desktop browser around it, it opens a page in
 * a third of the time, which is most of a short test (the full build is
 * what `npm run bench` measures, as readers' browsers are).
 */
const systemChromium = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'].find((path) => existsSync(path));
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

/** The built site served with the headers of its `_headers` file, as a static host would. */
const serve = (port: number, dir: string, base = '/') => ({
  cwd: fileURLToPath(new URL('..', import.meta.url)),
  command: `node scripts/serve.mjs --dir ${dir} --port ${port} --base ${base}`,
  url: `http://127.0.0.1:${port}${base}`,
  // Never another server already on the port (`npm start`'s preview, another run of
  // the tests): it may serve another build, without the headers, or stop mid-run.
  // A busy port stops the run with a clear message instead; E2E_PORT picks another.
  reuseExistingServer: false,
  timeout: 30_000,
});

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  // Several tests walk every page of the site; give them room on a 2-core machine.
  timeout: 120_000,
  // Search loads its index on first use; a busy machine can take a few seconds.
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: `../test-results/${port}`,
  use: {
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(systemChromium ? { executablePath: systemChromium } : {}),
      args: quietChromium,
    },
    // Recording a trace slows every test by a sixth; to debug a failure, run
    // it again with `--trace on` and open the trace with `npx playwright show-trace`.
    trace: 'off',
  },
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${port}/` } },
    // The sub-path build runs the tests tagged @subpath: those whose outcome
    // depends on where the site lives (links, assets, the search index, the
    // highlight script, canonical and copied addresses, QR codes, headers,
    // the 404 page, stored data). Words, layout, accessibility and bytes are
    // the same HTML under any base; they are checked once, at the root.
    {
      name: 'guide',
      use: { baseURL: `http://127.0.0.1:${port + 1}/guide/` },
      grep: /@subpath/,
    },
  ],
  webServer: [serve(port, outDir), serve(port + 1, `${outDir}-guide`, '/guide/')],
});
