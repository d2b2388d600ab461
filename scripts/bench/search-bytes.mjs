/**
 * The bytes one cold search fetches from Pagefind (its script, engine, the
 * index chunks for the word and the first five results), on a built site,
 * with the options the site uses (no worker), as sent by scripts/serve.mjs
 * (text compressed with gzip; Pagefind's own files are compressed already).
 */
import { startServer } from '../serve.mjs';
import { launchBrowser } from './browser.mjs';

const PORT = 4390;

export async function searchBytes({ dist, query }) {
  const server = await startServer({ dir: dist, port: PORT });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/`);
    const sizes = [];
    page.on('requestfinished', (request) => {
      if (request.url().includes('/pagefind/')) sizes.push(request.sizes().then((s) => s.responseBodySize));
    });
    const results = await page.evaluate(async (q) => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options({ noWorker: true });
      await pagefind.init();
      const search = await pagefind.search(q);
      await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
      return search.results.length;
    }, query);
    await page.waitForLoadState('networkidle');
    const bytes = (await Promise.all(sizes)).reduce((sum, n) => sum + n, 0);
    return { query, results, searchKiB: Math.round(bytes / 102.4) / 10 };
  } finally {
    await browser.close();
    server.close();
  }
}
