/**
 * Lighthouse mobile scores (its default: a mid-range phone on a slow 4G link,
 * simulated) for a few pages. Lighthouse's figures vary from run to run, most
 * of all its performance score on a small machine, so each page is measured
 * five times and the median run (by performance) is reported, as Lighthouse's
 * own documentation on variability advises.
 *
 * Chrome is started by chrome-launcher, with the flags the `lighthouse`
 * command uses, not by Playwright, whose own set of flags made Lighthouse
 * count far more blocking time (on the 2-core test machine, /basics/ scored a
 * median 85 started by Playwright and 94 to 96 by chrome-launcher: same
 * Chromium, same page). Each run also records Lighthouse's benchmark index
 * of the machine's CPU, because its 4× CPU slowdown is relative to that.
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath, QUIET_FLAGS } from './browser.mjs';

const RUNS = 5;

function launchChrome() {
  return chromeLauncher.launch({
    chromePath: chromiumPath(),
    // Chromium refuses to start its sandbox as root, which is how CI runs.
    chromeFlags: ['--headless=new', ...QUIET_FLAGS, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
}

async function measure(url, port) {
  const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error' });
  const { categories, audits } = lhr;
  const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
  const seconds = (id) => Math.round((audits[id]?.numericValue ?? 0) / 100) / 10;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpSeconds: seconds('largest-contentful-paint'),
    fcpSeconds: seconds('first-contentful-paint'),
    tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
    cls: Math.round((audits['cumulative-layout-shift']?.numericValue ?? 0) * 1000) / 1000,
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
    lighthouseVersion: lhr.lighthouseVersion,
  };
}

/** The median run of five for each of `paths` under `origin`. */
export async function lighthouseScores({ origin, paths }) {
  const chrome = await launchChrome();
  const rows = [];
  try {
    for (const path of paths) {
      const results = [];
      for (let run = 0; run < RUNS; run++) results.push(await measure(new URL(path, origin).href, chrome.port));
      results.sort((a, b) => a.performance - b.performance);
      const benchmarkIndexes = results.map((r) => r.benchmarkIndex).sort((a, b) => a - b);
      rows.push({
        path,
        runs: RUNS,
        ...results[Math.floor(RUNS / 2)],
        performanceRange: [results[0].performance, results.at(-1).performance],
        benchmarkIndex: benchmarkIndexes[Math.floor(RUNS / 2)],
      });
    }
  } finally {
    chrome.kill();
  }
  return rows;
}
