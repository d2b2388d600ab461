/**
 * On a slow connection a browser paints a page before all of it has arrived.
 * Nothing it has painted may then move under the reader. These tests cut a
 * page short, let the browser lay out that part, and compare the place of
 * every element in it with its place on the whole page.
 */
import { expect, test, type Page } from '@playwright/test';

const PAGES = ['', 'basics/', 'success/hope/', 'factors/support/', 'support/', 'clinics/', 'es/', 'es/exito/esperanza/'];
/** A phone, and a screen wide enough for the header's title and buttons to share a row. */
const WIDTHS = [412, 1024];

type Places = { element: string; at: string }[];

/**
 * Serves `html` at `url` and reads the top-left corner of every element of
 * its body, in document order, at each width. The page is loaded once and
 * then resized: its layout at a width is the same whether it was loaded at
 * that width or resized to it, and a load costs far more than a layout.
 */
async function placesIn(page: Page, url: string, html: string): Promise<Places[]> {
  const thisPage = (target: URL) => target.href === url;
  await page.setViewportSize({ width: WIDTHS[0]!, height: 823 });
  await page.route(thisPage, (route) => route.fulfill({ contentType: 'text/html', body: html }));
  await page.goto(url);
  await page.unroute(thisPage);
  const atEachWidth: Places[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 823 });
    atEachWidth.push(
      await page.evaluate(() =>
        [...document.body.querySelectorAll('*')].map((element) => {
          const box = element.getBoundingClientRect();
          return {
            element: element.outerHTML.slice(0, 90),
            // An element with no area (hidden, or empty so far) shows nothing that could move.
            at: box.width && box.height ? `${Math.round(box.x + scrollX)},${Math.round(box.y + scrollY)}` : 'no box',
          };
        }),
      ),
    );
  }
  return atEachWidth;
}

/** For each width, every element of the page (`html`, served at `url`) cut at `cuts` that is somewhere else on the whole page. */
async function movedElements(page: Page, url: string, html: string, cuts: number[]): Promise<string[]> {
  const moved: string[] = [];
  const final = await placesIn(page, url, html);
  for (const cut of cuts) {
    const partial = await placesIn(page, url, html.slice(0, cut));
    WIDTHS.forEach((width, w) => {
      partial[w]!.forEach(({ element, at }, index) => {
        const then = final[w]![index]?.at ?? 'nowhere';
        if (at !== 'no box' && then !== 'no box' && at !== then) moved.push(`${width} px, cut after …${html.slice(cut - 30, cut)}: ${element} moves from ${at} to ${then}`);
      });
    });
  }
  return moved;
}

/** Where to cut `html` between `start` and `end`: before every tag, or before the first tag after every `step` characters. */
function cutsBetween(html: string, start: number, end: number, step = 1): number[] {
  const cuts = new Set<number>();
  for (let at = start + 1; at < end; at += step) cuts.add(html.indexOf('<', at));
  return [...cuts].filter((cut) => cut > 0 && cut <= end);
}

for (const path of PAGES) {
  test(`/${path}: what is painted first stays in place as the rest arrives`, async ({ page, baseURL }) => {
    const url = new URL(path, baseURL).href;
    const html = await (await page.request.get(url)).text();
    // The part of the page that can be on screen at a first paint, cut every 800 characters.
    const body = html.indexOf('<body');
    const moved = await movedElements(page, url, html, cutsBetween(html, body, Math.min(html.length, body + 12_000), 800));
    expect(moved.slice(0, 6), `elements that move once the rest of /${path} has arrived (${moved.length} in all)`).toEqual([]);
  });
}
