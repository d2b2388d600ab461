/**
 * The home page sends each of its three readers on their way in the first
 * screen of a phone, under the header and the help strip.
 */
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const HOMES = [
  { path: '', nav: 'Where to start', expected: [/\/basics\/$/, /\/support\/$/, /\/clinics\/$/], familyPage: 'Supporting someone through ketamine therapy' },
  { path: 'es/', nav: 'Por dónde empezar', expected: [/\/es\/conceptos-basicos\/$/, /\/es\/familia\/$/, /\/es\/clinicas\/$/], familyPage: /.+/ },
];

for (const home of HOMES) {
  test(`on a phone, the three reader paths of /${home.path} are in the first screen`, async ({ page }) => {
    await page.goto(home.path);
    const paths = page.getByRole('navigation', { name: home.nav }).getByRole('link');
    await expect(paths).toHaveCount(3);
    for (let i = 0; i < 3; i++) {
      const link = paths.nth(i);
      await expect(link).toHaveAttribute('href', home.expected[i]!);
      await expect(link).toBeInViewport({ ratio: 1 });
      const box = (await link.boundingBox())!;
      expect(box.y + box.height, `reader path ${i + 1} ends above the fold`).toBeLessThanOrEqual(844);
    }
    expect(await page.evaluate(() => scrollY)).toBe(0);
    // And each leads to that reader's page.
    await paths.nth(1).click();
    await expect(page).toHaveURL(home.expected[1]!);
    await expect(page.locator('h1')).toHaveText(home.familyPage);
  });
}

/**
 * On a phone the header, its menu and the help strip take no more than a
 * third of the first screen, in both languages: the longer Spanish labels
 * and the language link must not push the page's words down.
 */
const FRAME_HEIGHT_MAX = 276;

test('on a phone, the header and help strip end within a third of the screen, in English and in Spanish', async ({ page }) => {
  for (const path of ['', 'basics/', 'es/', 'es/conceptos-basicos/']) {
    await page.goto(path);
    await expect(page.locator('header a[hreflang]')).toBeVisible();
    const bottom = await page.locator('[data-help-now]').first().evaluate((strip) => strip.getBoundingClientRect().bottom);
    expect(bottom, `/${path}: the help strip ends ${bottom}px down`).toBeLessThanOrEqual(FRAME_HEIGHT_MAX);
  }
});

/**
 * Risks and what to do when treatment is not helping each have a page; a
 * reader meets the way there where the question comes up. The basics link
 * their risks from the section on safety itself, not only somewhere on the page.
 */
const WAYS_ON: { from: string; to: string; section?: string }[] = [
  { from: 'basics/', to: 'safety/', section: 'what-does-it-feel-like-and-is-it-safe' },
  { from: '', to: 'safety/' },
  { from: 'support/', to: 'safety/' },
  { from: 'success/', to: 'not-helping/' },
  { from: 'measuring/', to: 'not-helping/' },
  { from: 'journal/', to: 'not-helping/' },
  { from: 'factors/care-team/', to: 'not-helping/' },
];

test('the pages where the question comes up lead to /safety/ and /not-helping/', async ({ page, baseURL }) => {
  for (const { from, to, section } of WAYS_ON) {
    await page.goto(from);
    const target = new URL(to, baseURL).pathname;
    const hrefs = await page.evaluate(
      ({ section }) => {
        const main = document.querySelector('main')!;
        if (!section) return Array.from(main.querySelectorAll('a'), (a) => a.pathname);
        // The section runs from its heading to the next heading of its level or above.
        const heading = document.getElementById(section)!;
        const level = Number(heading.tagName[1]);
        const links: string[] = [];
        const walker = document.createTreeWalker(main, NodeFilter.SHOW_ELEMENT);
        walker.currentNode = heading;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node as HTMLElement;
          if (/^H[1-6]$/.test(el.tagName) && Number(el.tagName[1]) <= level) break;
          if (el instanceof HTMLAnchorElement) links.push(el.pathname);
        }
        return links;
      },
      { section },
    );
    expect(hrefs, `/${from}${section ? `#${section}` : ''} links /${to}`).toContain(target);
  }
  // And the link leads there.
  await page.locator(`main a[href$="/not-helping/"]`).first().click();
  await expect(page.locator('h1')).toHaveText('What if ketamine is not helping?');
});
