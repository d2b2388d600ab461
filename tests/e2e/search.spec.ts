import { expect as baseExpect, test, type Page } from '@playwright/test';
import { watchForErrors } from './site';

// The first search loads Pagefind's engine, which can take seconds on a busy
// machine; behaviour, not speed, is tested here (speed is in the benchmark).
const expect = baseExpect.configure({ timeout: 15_000 });

const openDialog = async (page: Page) => {
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await expect(dialog).toBeVisible();
  return dialog;
};

test('a word from a page finds that page from the header search', { tag: '@subpath' }, async ({ page }) => {
  const problems = watchForErrors(page);
  await page.goto('');
  await page.getByRole('link', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('searchbox').fill('infusion');
  await expect(dialog.getByRole('status')).toContainText(/match/);
  const first = dialog.locator('[data-search-result]').first();
  await expect(first).toBeVisible();
  await first.click();
  await expect(page).toHaveURL(/highlight=infusion/);
  expect(problems).toEqual([]);
});

test('the search dialog opens with "/" and Ctrl+K and Escape returns focus', async ({ page }) => {
  await page.goto('basics/');
  await expect(page.getByRole('link', { name: 'Search', exact: true })).toBeVisible(); // no "needs JavaScript" note
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  await page.keyboard.press('/');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('Control+k');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  const opener = page.getByRole('link', { name: 'Search' });
  await opener.focus();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(opener).toBeFocused();
});

test('a question in the reader’s own words finds the page that answers it, with what a result needs', async ({ page }) => {
  await page.goto('success/');
  const dialog = await openDialog(page);
  await dialog.getByRole('searchbox').fill('can my husband stay in the room during the infusion');
  // The live region says how many pages were found.
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ pages? match|some of its words/);
  const results = dialog.getByRole('listitem').filter({ has: page.locator('h3') });
  const first = results.first();
  // Either page that answers it: the family guide or the page on support from others.
  await expect(first.getByRole('heading', { level: 3 })).toHaveText(/^(Supporting someone through ketamine therapy|Support from family and friends)$/);
  await expect(first.locator('mark').first()).toBeVisible(); // the excerpt marks the matches
  await expect(first.locator('p').first()).toHaveText(/^(Family and friends|What helps)$/); // its part of the guide
  await expect(first.getByRole('list', { name: /^Sections of/ }).getByRole('link').first()).toHaveAttribute('href', /highlight=.*#/);
  const count = Number((await dialog.getByRole('status').textContent())!.match(/\d+/)![0]);
  await expect(results).toHaveCount(count);
  // Front-matter keywords are searched but never shown.
  await expect(dialog).not.toContainText('my husband, my wife');
});

test('a word on many pages says how many match, and that the best are shown', async ({ page }) => {
  await page.goto('basics/');
  const dialog = await openDialog(page);
  await dialog.getByRole('searchbox').fill('ketamine');
  const status = dialog.getByRole('status');
  await expect(status).toContainText('best are shown');
  const shown = await dialog.locator('ul > li h3 [data-search-result]').count();
  const [, found] = /^(\d+) pages match “ketamine”\. The (\d+) best are shown\.$/.exec((await status.textContent()) ?? '') ?? [];
  expect(Number(found)).toBeGreaterThan(shown);
  await expect(status).toHaveText(`${found} pages match “ketamine”. The ${shown} best are shown.`);
});

test('results say when they match only some of the reader’s words', async ({ page }) => {
  await page.goto('');
  const dialog = await openDialog(page);
  await dialog.getByRole('searchbox').fill('zyxwv infusion');
  await expect(dialog.getByRole('status')).toContainText('No page matches all of “zyxwv infusion”.');
  await expect(dialog.getByRole('status')).toContainText('Nothing in the guide matches “zyxwv”.');
  await expect(dialog.getByText('Matches: infusion').first()).toBeVisible();
});

test('a keyboard-only reader can search, pick a result and land on the marked words', { tag: '@subpath' }, async ({ page }) => {
  const problems = watchForErrors(page);
  await page.goto('factors/');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('will I be able to stop my antidepressants');
  const dialog = page.getByRole('dialog', { name: 'Search the guide' });
  // At once, before the results are in: the arrow waits for the search of the
  // words as typed, not of the words typed so far.
  await page.keyboard.press('ArrowDown');
  const links = dialog.locator('[data-search-result]');
  await expect(links.first()).toBeFocused();
  await expect(dialog.getByRole('status')).toContainText('match “will I be able to stop my antidepressants”');
  await page.keyboard.press('ArrowDown');
  await expect(links.nth(1)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/success\/less-medication\/\?highlight=/);
  const marks = page.locator('main mark.pagefind__highlight');
  await expect(marks.first()).toBeFocused();
  await expect(marks.first()).toBeInViewport();
  expect(await marks.count()).toBeGreaterThan(1);
  expect(problems).toEqual([]);
});

test('filters narrow results to a part of the guide and to a reader', async ({ page }) => {
  await page.goto('');
  const dialog = await openDialog(page);
  await dialog.getByRole('searchbox').fill('sleep');
  const parts = dialog.locator('li:has(h3) > p:first-child');
  await expect(parts.first()).toBeVisible();
  const before = new Set(await parts.allTextContents());
  expect(before.size).toBeGreaterThan(1);
  await dialog.getByLabel('Part of the guide').selectOption('What helps');
  await expect(dialog.getByRole('status')).toContainText(/^\d+ pages? in What helps match “sleep”/);
  expect(new Set(await parts.allTextContents())).toEqual(new Set(['What helps']));
  await dialog.getByLabel('Part of the guide').selectOption('');
  await dialog.getByRole('searchbox').fill('link a section from our intake email');
  await dialog.getByLabel('Written for').selectOption('clinic');
  await expect(dialog.getByRole('status')).toContainText(/^\d+ pages? for Clinics match/);
  // Every page found is written for clinics (its audience lists them).
  const hrefs = await dialog.locator('h3 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
  expect(hrefs.length).toBeGreaterThan(0);
  for (const href of hrefs) {
    const response = await page.request.get(href);
    expect(await response.text(), href).toContain('data-pagefind-filter="reader">clinic<');
  }
});

test('the search page reads its query from the address', { tag: '@subpath' }, async ({ page }) => {
  await page.goto('search/?q=hope');
  await expect(page.getByText('Search needs JavaScript')).toBeHidden();
  await expect(page.getByRole('searchbox', { name: 'Search the guide' })).toHaveValue('hope');
  await expect(page.locator('[data-search-results] [data-search-result]').first()).toBeVisible();
});

test('a search can be linked, with its filters, and the back button returns to it', { tag: '@subpath' }, async ({ page }) => {
  await page.goto('search/?q=sleep&part=What+helps');
  const box = page.getByRole('searchbox', { name: 'Search the guide' });
  await expect(page.getByLabel('Part of the guide')).toHaveValue('What helps');
  await expect(page.locator('[data-search-results] li:has(h3) > p:first-child').first()).toHaveText('What helps');
  await box.fill('my meds');
  await expect(page).toHaveURL(/[?&]q=my\+meds/);
  await expect(page).toHaveURL(/part=What\+helps/);
  await page.getByLabel('Part of the guide').selectOption('');
  await expect(page).not.toHaveURL(/part=/);
  await page.getByRole('button', { name: 'Search' }).click(); // Enter or the button: a new address
  await expect(page).toHaveURL(/search\/\?q=my\+meds$/);
  await page.locator('[data-search-results] [data-search-result]').first().click();
  await expect(page).toHaveURL(/highlight=/);
  await page.goBack();
  await expect(box).toHaveValue('my meds');
  await expect(page.locator('[data-search-results] [data-search-result]').first()).toBeVisible();
});

test('a search that suggests a crisis shows how to get help now first', async ({ page }) => {
  await page.goto('');
  const dialog = await openDialog(page);
  await dialog.getByRole('searchbox').fill('i want to end my life');
  await expect(dialog.getByRole('link', { name: 'Call 988', exact: true })).toBeVisible();
});

test('content pages fetch no JavaScript until search is opened', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  // A script a page asked for would be fetched before its load event, which goto waits for.
  await page.goto('success/');
  expect(scripts).toEqual([]);
  await page.keyboard.press('/');
  await expect(page.getByRole('dialog', { name: 'Search the guide' })).toBeVisible();
  expect(scripts.some((url) => url.endsWith('/search-ui.js'))).toBe(true);
});

test('a page opened from a result fetches only the highlight scripts, and a page without the words none', { tag: '@subpath' }, async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname.replace(/^.*\//, ''));
  });
  await page.goto('factors/lifestyle/?highlight=sleep');
  // The words are marked: both highlight scripts have loaded and run.
  await expect(page.locator('main mark.pagefind__highlight').first()).toBeVisible();
  expect(scripts.sort()).toEqual(['pagefind-highlight.js', 'search-highlight.js']);
  // Whole words only: "sleep" is marked, "asleep" is not.
  expect(new Set(await page.locator('main mark.pagefind__highlight').allTextContents())).toEqual(new Set(['sleep', 'Sleep']));
  scripts.length = 0;
  await page.goto('factors/lifestyle/');
  expect(scripts).toEqual([]);
  await expect(page.locator('mark')).toHaveCount(0);
});

/*
 * What each kind of bad input is answered with (nothing, spaces, 5,000
 * characters, an unclosed quote, emoji, filler words) is unit-tested in
 * search-messages.test.ts and search-query.test.ts. Here, in the browser:
 * markup is shown as text and never run, and an empty box is answered.
 */
test.describe('bad input is shown as text, answered plainly and never run', () => {
  const cases: { name: string; input: string; says: RegExp | string }[] = [
    { name: 'nothing', input: '', says: 'Type a word or a question' },
    { name: 'markup', input: '<img src=x onerror=alert(1)>', says: '“<img src=x onerror=alert(1)>”' },
  ];
  for (const { name, input, says } of cases) {
    test(name, async ({ page }) => {
      const problems = watchForErrors(page);
      await page.addInitScript(() => {
        const w = window as unknown as { ran: string[] };
        w.ran = [];
        window.alert = () => void w.ran.push('alert');
      });
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      await page.goto('basics/');
      const dialog = await openDialog(page);
      const box = dialog.getByRole('searchbox');
      await box.fill(input);
      await box.dispatchEvent('input'); // `fill('')` on an empty box sends no input event
      await expect(dialog.getByRole('status')).toContainText(says);
      await expect(box).toHaveValue(input);
      await expect(dialog.locator('img')).toHaveCount(0);
      // The same on the search page, where the words come from the address.
      await page.goto(`search/?q=${encodeURIComponent(input)}`);
      await expect(page.locator('[data-search-results] [role="status"]')).toContainText(says);
      await expect(page.locator('main img')).toHaveCount(0);
      expect(await page.evaluate(() => (window as unknown as { ran: string[] }).ran)).toEqual([]);
      expect(dialogs).toBe(0);
      expect(problems).toEqual([]);
    });
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search button and page say search needs JavaScript, and the page lists the parts', async ({ page }) => {
    await page.goto('basics/');
    const button = page.getByRole('link', { name: 'Search (needs JavaScript)' });
    await expect(button).toBeVisible();
    await button.click();
    await expect(page).toHaveURL(/search\/$/);
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    const parts = page.getByRole('main').getByRole('listitem').getByRole('link');
    await expect(parts).toHaveText(['The basics', 'What success looks like', 'What helps', 'Family and friends']);
    for (const link of await parts.all()) expect((await page.request.get((await link.getAttribute('href'))!)).ok()).toBe(true);
  });
});

test('the live region says how many pages match once typing settles, not at every pause', async ({ page }) => {
  // The page's clock stands still unless moved on here, so each pause is exactly as long as written.
  await page.clock.install();
  // One search first, while time still runs: Pagefind waits for its engine
  // with timers, which a clock standing still would never fire.
  await page.goto('search/?q=rest');
  const status = page.locator('[data-search-results] [role="status"]');
  await expect(status).toHaveText(/^\d+ pages? match “rest”/);
  await status.evaluate((el) => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => said.push(el.textContent ?? '')).observe(el, { childList: true, characterData: true, subtree: true });
  });
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
  const box = page.getByRole('searchbox', { name: 'Search the guide' });
  const results = page.locator('[data-search-results] [data-search-result]');
  await box.focus();
  // Short pauses between letters, each long enough to start a search…
  const typeSlowly = async (words: string) => {
    await page.keyboard.press('ControlOrMeta+a');
    for (const letter of words) {
      await page.keyboard.press(letter);
      await page.clock.runFor(200);
    }
  };
  await typeSlowly('sleep');
  // …whose results are drawn at once, while the reader may still be typing.
  await expect(results.first()).toHaveAttribute('href', /highlight=sleep/i);
  await typeSlowly('family');
  await expect(results.first()).toHaveAttribute('href', /highlight=famil/i);
  expect(await page.evaluate(() => (window as unknown as { said: string[] }).said), 'nothing said while typing').toEqual([]);
  // A second after the last letter, the count is said, once.
  await page.clock.runFor(1000);
  await expect(status).toHaveText(/^\d+ pages? match “family”/);
  expect(await page.evaluate(() => (window as unknown as { said: string[] }).said)).toEqual([await status.textContent()]);
});

test('the search page’s headings go in order, with no level left out', async ({ page }) => {
  await page.goto('search/?q=sleep');
  await expect(page.locator('[data-search-results] [data-search-result]').first()).toBeVisible();
  const levels = await page.getByRole('main').getByRole('heading').evaluateAll((headings) => headings.map((h) => Number(h.tagName.slice(1))));
  expect(levels[0]).toBe(1);
  const skips = levels.flatMap((level, i) => (i > 0 && level > levels[i - 1]! + 1 ? [`h${levels[i - 1]} to h${level}`] : []));
  expect(skips).toEqual([]);
});

test('the search dialog dims the page behind it, in either theme', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('basics/');
    await expect(page.locator('html')).toHaveAttribute('data-theme', colorScheme);
    const dialog = await openDialog(page);
    const backdrop = await dialog.evaluate((el) => getComputedStyle(el, '::backdrop').backgroundColor);
    // At least a third of black over the page; the browser's own backdrop is a barely visible tenth.
    const alpha = Number(/\/\s*([\d.]+)\)$|,\s*([\d.]+)\)$/.exec(backdrop)?.slice(1).find(Boolean) ?? 1);
    expect(backdrop, colorScheme).not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
    expect(alpha, `${colorScheme}: ${backdrop}`).toBeGreaterThanOrEqual(0.33);
  }
});
