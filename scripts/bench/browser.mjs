/** Chromium for the benchmark: Debian's where installed, else Playwright's, launched quietly. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
export const QUIET_FLAGS = ['--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

/** The Chromium to run: Debian's where installed, else Playwright's own. */
export function chromiumPath() {
  return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : chromium.executablePath();
}

export function launchBrowser(extraArgs = []) {
  return chromium.launch({ executablePath: chromiumPath(), args: [...QUIET_FLAGS, ...extraArgs] });
}
