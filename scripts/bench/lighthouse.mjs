/**
 * Lighthouse mobile scores (its default: a mid-range phone on a slow 4G link,
 * simulated) for a few pages. Lighthouse's figures vary from run to run, most
 * of all its performance score on a small machine, so each page is measured
 * several times and the median run (by performance) is reported, as
 * Lighthouse's own documentation advises.
 */
import lighthouse from 'lighthouse';
import { launchBrowser } from './browser.mjs';

const DEBUG_PORT = 9333;

async function measure(url) {
  const { categories, audits } = (await lighthouse(url, { port: DEBUG_PORT, output: 'json', logLevel: 'error' })).lhr;
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
  };
}

/** The median run of `runs` for each of `paths` under `origin`. */
export async function lighthouseScores({ origin, paths, runs = 3 }) {
  const browser = await launchBrowser([`--remote-debugging-port=${DEBUG_PORT}`]);
  const rows = [];
  try {
    for (const path of paths) {
      const results = [];
      for (let run = 0; run < runs; run++) results.push(await measure(new URL(path, origin).href));
      results.sort((a, b) => a.performance - b.performance);
      rows.push({ path, runs, ...results[Math.floor(runs / 2)], performanceRange: [results[0].performance, results.at(-1).performance] });
    }
  } finally {
    await browser.close();
  }
  return rows;
}
