/** The bytes Pagefind fetches to answer one query (cold) and show its first five results, on a built site. */
import { startServer } from '../serve.mjs';
import { launchBrowser } from './browser.mjs';

const PORT = 4390;

export async function searchBytes({ dist, query }) {
  const server = await startServer({ dir: dist, port: PORT });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${PORT}/`);
    let bytes = 0;
    page.on('response', (response) => {
      if (response.url().includes('/pagefind/')) bytes += Number(response.headers()['content-length'] ?? 0);
    });
    const results = await page.evaluate(async (q) => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.init();
      const search = await pagefind.search(q);
      await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
      return search.results.length;
    }, query);
    await page.waitForLoadState('networkidle');
    return { query, results, searchKiB: Math.round(bytes / 102.4) / 10 };
  } finally {
    await browser.close();
    server.close();
  }
}
