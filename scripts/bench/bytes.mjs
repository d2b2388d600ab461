/** Bytes each page fetches on first load, by kind, gzip-compressed as a static host would send them. */
import { gzipSync } from 'node:zlib';
import { launchBrowser } from './browser.mjs';

const KIND = { document: 'html', stylesheet: 'css', script: 'js', image: 'img', font: 'font' };

export async function pageBytes({ origin, paths }) {
  const browser = await launchBrowser();
  const page = await browser.newPage();
  const rows = [];
  for (const path of paths) {
    const bytes = { html: 0, css: 0, js: 0, img: 0, font: 0, other: 0 };
    const pending = [];
    const onResponse = (response) =>
      pending.push(
        response.body().then(
          (body) => (bytes[KIND[response.request().resourceType()] ?? 'other'] += gzipSync(body).length),
          () => undefined,
        ),
      );
    page.on('response', onResponse);
    await page.goto(new URL(path, origin).href, { waitUntil: 'networkidle' });
    await Promise.all(pending);
    page.off('response', onResponse);
    rows.push({ path, ...bytes, total: Object.values(bytes).reduce((a, b) => a + b, 0) });
  }
  await browser.close();
  return rows;
}
