/** Lighthouse mobile scores (its default: a mid-range phone on a slow 4G link, simulated) for a few pages. */
import lighthouse from 'lighthouse';
import { launchBrowser } from './browser.mjs';

const DEBUG_PORT = 9333;

export async function lighthouseScores({ origin, paths }) {
  const browser = await launchBrowser([`--remote-debugging-port=${DEBUG_PORT}`]);
  const rows = [];
  try {
    for (const path of paths) {
      const result = await lighthouse(new URL(path, origin).href, { port: DEBUG_PORT, output: 'json', logLevel: 'error' });
      const { categories, audits } = result.lhr;
      const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
      rows.push({
        path,
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
        lcpSeconds: Math.round((audits['largest-contentful-paint']?.numericValue ?? 0) / 100) / 10,
      });
    }
  } finally {
    await browser.close();
  }
  return rows;
}
