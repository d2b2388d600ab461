/**
 * The success journal on the built site, as a reader uses it: goals,
 * check-ins, charts, reload, export and import, delete-all, the help box for
 * PHQ-9 item 9, bad files, printing, no JavaScript, accessibility, and that
 * nothing ever leaves the browser. The Spanish journal (/es/diario/) speaks
 * Spanish and keeps the same journal as the English one.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeViolations, colourViolations } from './axe';
import { watchConsole, watchForErrors } from './site';

const KEY = 'success-journal';
const ITEM_9 = 'Thoughts that you would be better off dead or of hurting yourself in some way';

/** A day n days before today, in the local time zone the browser also uses. */
function daysAgo(n: number): string {
  const d = new Date();
  d.setDate(d.getDate() - n);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Every request the page makes, and those to any other origin. */
function watchRequests(page: Page, origin: string) {
  const all: string[] = [];
  const elsewhere: string[] = [];
  page.on('request', (request) => {
    all.push(request.url());
    if (new URL(request.url()).origin !== origin) elsewhere.push(request.url());
  });
  return { all, elsewhere };
}

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), KEY);

async function openJournal(page: Page): Promise<void> {
  await page.goto('journal/');
  await expect(page.locator('[data-journal]')).toBeVisible();
}

/** Puts a journal in this browser's storage, as an earlier visit would have left it. */
async function seed(page: Page, journal: object): Promise<void> {
  await page.goto('journal/');
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [KEY, JSON.stringify(journal)]);
  await openJournal(page);
}

const seeded = {
  schemaVersion: 1,
  goals: [{ dimension: 'hope', better: 'I make plans again.' }],
  checkIns: [
    { id: 'c1', date: daysAgo(14), ratings: { hope: 3 }, phq9: [2, 2, 2, 2, 2, 2, 2, 2, 0], gad7: null, note: 'First week.' },
    { id: 'c2', date: daysAgo(7), ratings: { hope: 5 }, phq9: [1, 1, 1, 1, 1, 1, 1, 1, 0], gad7: null, note: 'Better sleep.' },
  ],
};

/** Opens a questionnaire and answers every item with the given scores. */
async function answer(page: Page, id: 'phq9' | 'gad7', scores: number[]): Promise<void> {
  const details = page.locator(`[data-questionnaire="${id}"]`);
  if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await details.locator('summary').click();
  for (const [i, score] of scores.entries()) await details.locator(`input[name="${id}-${i}"][value="${score}"]`).check();
}

async function addCheckIn(page: Page, entry: { date: string; hope: number; daily: number; phq9?: number[]; gad7?: number[]; note: string }) {
  await page.getByLabel('Date', { exact: true }).fill(entry.date);
  await page.getByRole('combobox', { name: 'Hope' }).selectOption(String(entry.hope));
  await page.getByRole('combobox', { name: 'Daily functioning' }).selectOption(String(entry.daily));
  if (entry.phq9) await answer(page, 'phq9', entry.phq9);
  if (entry.gad7) await answer(page, 'gad7', entry.gad7);
  await page.getByRole('textbox', { name: 'Note' }).fill(entry.note);
  await page.getByRole('button', { name: 'Save this check-in' }).click();
  await expect(page.locator('[data-status="checkin"]')).toContainText('Saved your check-in');
}

const rows = (page: Page): Locator => page.locator('[data-checkins] tbody tr');

test('a reader sets goals, adds three check-ins, reloads, and moves the journal out and back in with nothing sent anywhere', { tag: '@subpath' }, async ({ page, baseURL }) => {
  test.setTimeout(240_000); // a long walk through the whole journal, with dozens of answers
  const origin = new URL(baseURL!).origin;
  const problems = watchForErrors(page);
  const requests = watchRequests(page, origin);
  await openJournal(page);
  const loadedFiles = requests.all.length;
  expect(loadedFiles, 'the page and its own files load').toBeGreaterThan(0);

  // Goals: two dimensions, with the reader's own words for "better".
  await page.getByRole('checkbox', { name: 'Hope' }).check();
  await page.getByLabel('What would “better” look like for you?').locator('visible=true').fill('I make plans for next summer.');
  await page.getByRole('checkbox', { name: 'Daily functioning' }).check();
  await page.getByRole('button', { name: 'Save my choices' }).click();
  await expect(page.locator('[data-status="goals"]')).toHaveText('Saved. You are following 2 of 7.');
  await expect(page.getByText('Better would be: I make plans for next summer.')).toBeVisible();

  // Three check-ins, two weeks apart.
  await addCheckIn(page, { date: daysAgo(28), hope: 2, daily: 3, phq9: [2, 2, 2, 2, 2, 2, 2, 2, 0], gad7: [2, 2, 2, 2, 1, 1, 1], note: 'Hard week.' });
  await addCheckIn(page, { date: daysAgo(14), hope: 5, daily: 4, phq9: [1, 1, 2, 1, 1, 1, 1, 1, 0], note: 'Slept better.' });
  await addCheckIn(page, { date: daysAgo(0), hope: 7, daily: 6, phq9: [1, 0, 1, 1, 0, 0, 1, 0, 0], gad7: [1, 1, 1, 1, 0, 0, 0], note: 'Called my sister.' });

  const showsThreeCheckIns = async () => {
    await expect(page.locator('[data-checkin-count]')).toContainText('3 check-ins');
    await expect(rows(page)).toHaveCount(3);
    for (const chart of ['phq9', 'hope', 'daily-functioning']) {
      await expect(page.locator(`svg[data-chart="${chart}"] circle`), `${chart} chart points`).toHaveCount(3);
    }
    await expect(page.locator('svg[data-chart="gad7"] circle')).toHaveCount(2);
    // 16 at the start, 4 now: the change is said in words, with the research terms.
    const phq9 = page.locator('[data-series="phq9"]');
    await expect(phq9).toContainText('Latest: 4 out of 27: minimal (0–4)');
    await expect(phq9.locator('[data-change]')).toHaveText(
      'Down by 12 points since your first score (from 16 to 4). That is down by half or more: studies call this a response. A PHQ-9 score below 5 is what studies call remission.',
    );
    await expect(page.locator('[data-series="hope"] [data-change]')).toHaveText('Up by 5 points since your first rating (from 2 to 7).');
    await expect(page.locator('[data-progress]').getByText('These numbers are not a diagnosis.')).toBeVisible();
    await expect(page.locator('svg[data-chart="phq9"]')).toHaveAccessibleName(/PHQ-9 \(depression\) over time/);
  };
  await showsThreeCheckIns();
  expect(requests.all.slice(loadedFiles), 'no request while using the journal').toEqual([]);

  // Everything is still there after a reload.
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Hope' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: 'Daily functioning' })).toBeChecked();
  await expect(page.locator('#better-hope')).toHaveValue('I make plans for next summer.');
  // The journal's script, loaded before the load event, has drawn the check-ins again.
  await showsThreeCheckIns();
  const afterReload = requests.all.length;

  // Export both files.
  const before = await stored(page);
  expect(JSON.parse(before!).checkIns).toHaveLength(3);
  const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save a copy (JSON)' }).click()]);
  expect(jsonDownload.suggestedFilename()).toMatch(/^success-journal-\d{4}-\d{2}-\d{2}\.json$/);
  const jsonPath = await jsonDownload.path();
  expect(JSON.parse(readFileSync(jsonPath, 'utf8'))).toEqual(JSON.parse(before!));
  const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Save a table (CSV)' }).click()]);
  const csv = readFileSync(await csvDownload.path(), 'utf8').split('\r\n').filter(Boolean);
  expect(csv).toHaveLength(4);
  expect(csv[0]).toContain('Date,Daily functioning (0-10),Hope (0-10),PHQ-9 score');
  expect(csv[3]).toContain('Called my sister.');

  // Delete everything, after a confirmation.
  await page.getByRole('button', { name: 'Delete my journal…' }).click();
  await page.getByRole('button', { name: 'No, keep my journal' }).click();
  expect(await stored(page)).toBe(before);
  await page.getByRole('button', { name: 'Delete my journal…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(page.locator('[data-status="data"]')).toHaveText('Your journal has been deleted from this browser.');
  expect(await stored(page)).toBeNull();
  await expect(rows(page)).toHaveCount(0);
  await expect(page.getByText('Your progress will show here after your first check-in.')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Hope' })).not.toBeChecked();

  // Import the copy: the same data, to the byte.
  await page.getByLabel('Open a saved copy (JSON)').setInputFiles(jsonPath);
  await expect(page.locator('[data-status="data"]')).toContainText('Done. Your journal now has 2 chosen parts of success and 3 check-ins');
  expect(await stored(page)).toBe(before);
  await showsThreeCheckIns();
  await expect(page.getByRole('checkbox', { name: 'Hope' })).toBeChecked();

  expect(requests.all.slice(afterReload), 'no request while exporting, deleting or importing').toEqual([]);
  expect(requests.elsewhere).toEqual([]);
  expect(problems).toEqual([]);
});

test('any answer but "Not at all" to PHQ-9 item 9 shows the help-now box at once', async ({ page }) => {
  await openJournal(page);
  const help = page.locator('[data-safety]');
  await expect(help).toBeHidden();
  await page.locator('[data-questionnaire="phq9"] summary').click();
  const item9 = page.getByRole('group', { name: `9. ${ITEM_9}` });
  await expect(item9).toBeVisible();

  await item9.getByRole('radio', { name: 'Not at all' }).check();
  await expect(help).toBeHidden();
  for (const answer of ['Several days', 'More than half the days', 'Nearly every day']) {
    await item9.getByRole('radio', { name: answer }).check();
    await expect(help, `help shows for "${answer}"`).toBeVisible();
    await expect(help.getByRole('link', { name: 'Call 988', exact: true })).toHaveAttribute('href', 'tel:988');
    await expect(help.getByRole('link', { name: 'Text 988', exact: true })).toHaveAttribute('href', 'sms:988');
    await expect(help.getByRole('link', { name: 'Call 911' })).toHaveAttribute('href', 'tel:911');
    await expect(page.locator('[data-safety-alert]')).toHaveText(/^Help is there for you now\. Call 988 \(.*\); Text 988 \(.*\); Call 911 \(.*\)/);
    await item9.getByRole('radio', { name: 'Not at all' }).check();
    await expect(help).toBeHidden();
  }

  // Saved with such an answer, the help stays in view, and the progress says so too.
  await answer(page, 'phq9', [1, 1, 1, 1, 1, 1, 1, 1, 1]);
  await expect(help).toBeVisible();
  await page.getByRole('button', { name: 'Save this check-in' }).click();
  await expect(page.locator('[data-status="checkin"]')).toContainText('Saved your check-in');
  await expect(help).toBeVisible();
  const note = page.locator('[data-latest-safety]');
  await expect(note).toContainText('you said you have had thoughts of being better off dead or of hurting yourself');
  await expect(note.getByRole('link', { name: 'Call 988', exact: true })).toHaveAttribute('href', 'tel:988');
  await expect(note.getByRole('link', { name: 'Text 988', exact: true })).toHaveAttribute('href', 'sms:988');
});

test('a part-filled questionnaire or an empty check-in is not saved, and says why', async ({ page }) => {
  await openJournal(page);
  await page.getByRole('button', { name: 'Save this check-in' }).click();
  await expect(page.locator('[data-status="checkin"]')).toHaveText('There is nothing to save yet. Add a rating, a questionnaire or a note.');
  await answer(page, 'gad7', [1, 2, 3]);
  await page.getByRole('button', { name: 'Save this check-in' }).click();
  await expect(page.locator('[data-status="checkin"]')).toHaveText('Answer all 7 GAD-7 questions, or none of them. 4 are not answered yet.');
  await page.getByRole('button', { name: 'Clear my GAD-7 answers' }).click();
  await expect(page.locator('[data-questionnaire="gad7"] input:checked')).toHaveCount(0);
  expect(await stored(page)).toBeNull();
});

// Each kind of bad file and its message is unit-tested in journal-file.test.ts; here, one shows how the page refuses any of them.
test('a bad file is refused with a clear message, and the journal is not touched', async ({ page }) => {
  await seed(page, seeded);
  const before = await stored(page);
  await expect(rows(page)).toHaveCount(2);
  const badFiles: { name: string; text: string; message: RegExp }[] = [{ name: 'notes.json', text: 'Dear diary, today was fine.', message: /it is not JSON/ }];
  for (const file of badFiles) {
    await page.getByLabel('Open a saved copy (JSON)').setInputFiles({ name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text) });
    const status = page.locator('[data-status="data"]');
    await expect(status, file.name).toHaveText(file.message);
    await expect(status).toContainText('Nothing was imported');
    await expect(status).toContainText('Your journal has not changed.');
    expect(await stored(page), `${file.name} leaves the journal as it was`).toBe(before);
    await expect(rows(page)).toHaveCount(2);
    await expect(page.locator('[data-import-confirm]')).toBeHidden();
  }
});

test('markup in an imported note is shown as text, never run or fetched', async ({ page, baseURL }) => {
  const requests = watchRequests(page, new URL(baseURL!).origin);
  await openJournal(page);
  const loaded = requests.all.length;
  const note = '<img src="x-journal-probe.png" onerror="window.markupRan = true"><script>window.markupRan = true</script> & <b>bold</b>';
  const journal = { ...seeded, checkIns: [{ ...seeded.checkIns[0], note }] };
  await page.getByLabel('Open a saved copy (JSON)').setInputFiles({ name: 'markup.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(journal)) });
  await expect(page.locator('[data-status="data"]')).toContainText('Done.');
  const cell = rows(page).first().locator('.journal-note');
  await expect(cell).toHaveText(note);
  await expect(page.locator('[data-journal] img, [data-journal] b, [data-progress] script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { markupRan?: boolean }).markupRan)).toBeUndefined();
  expect(JSON.parse((await stored(page))!).checkIns[0].note).toBe(note);
  expect(requests.all.slice(loaded)).toEqual([]);
});

test('importing over a journal asks first: "keep" changes nothing, "replace" replaces', async ({ page }) => {
  await seed(page, seeded);
  const before = await stored(page);
  const other = { schemaVersion: 1, goals: [], checkIns: [{ id: 'z9', date: daysAgo(1), ratings: {}, phq9: null, gad7: [0, 0, 0, 1, 0, 0, 0], note: '' }] };
  const file = { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(other)) };

  await page.getByLabel('Open a saved copy (JSON)').setInputFiles(file);
  const confirm = page.locator('[data-import-confirm]');
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText('This copy has 0 chosen parts of success and 1 check-in');
  await page.getByRole('button', { name: 'Keep my journal as it is' }).click();
  await expect(confirm).toBeHidden();
  expect(await stored(page)).toBe(before);

  await page.getByLabel('Open a saved copy (JSON)').setInputFiles(file);
  await page.getByRole('button', { name: 'Replace my journal with this copy' }).click();
  await expect(rows(page)).toHaveCount(1);
  expect(JSON.parse((await stored(page))!)).toEqual(other);
});

test('one check-in can be deleted after a confirmation', async ({ page }) => {
  await seed(page, seeded);
  page.once('dialog', (dialog) => void dialog.dismiss());
  await page.getByRole('button', { name: /^Delete the check-in of / }).first().click();
  await expect(rows(page)).toHaveCount(2);
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByRole('button', { name: /^Delete the check-in of / }).first().click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Better sleep.');
  expect(JSON.parse((await stored(page))!).checkIns.map((c: { id: string }) => c.id)).toEqual(['c2']);
});

test('saved data the page cannot read is kept, explained, and not written over', async ({ page }) => {
  await page.goto('journal/');
  await page.evaluate((key) => localStorage.setItem(key, '{"schemaVersion": 5, "goals": "?"}'), KEY);
  await openJournal(page);
  const alert = page.locator('[data-journal-unreadable]');
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('made by a newer version of the journal (version 5)');
  await expect(page.locator('[data-checkin-form]')).toHaveJSProperty('inert', true);
  expect(await stored(page)).toBe('{"schemaVersion": 5, "goals": "?"}');
  // Deleting it lets the reader start again.
  await page.getByRole('button', { name: 'Delete my journal…' }).click();
  await page.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(alert).toBeHidden();
  await expect(page.locator('[data-checkin-form]')).toHaveJSProperty('inert', false);
});

test('printing gives the summary for the care team, readable on paper in either theme', async ({ page }) => {
  await page.addInitScript(() => {
    // Records what was printed instead of opening the print dialog, then ends printing as a browser does.
    window.print = () => {
      (window as unknown as { printed: string[] }).printed ??= [];
      (window as unknown as { printed: string[] }).printed.push(document.documentElement.dataset['printing'] ?? 'summary');
      window.dispatchEvent(new Event('afterprint'));
    };
  });
  await page.emulateMedia({ colorScheme: 'dark' });
  await seed(page, seeded);
  await page.getByRole('button', { name: 'Print a summary for my care team' }).click();
  await page.getByRole('button', { name: 'Print a blank worksheet' }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: string[] }).printed)).toEqual(['summary', 'worksheet']);

  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  await expect(page.locator('[data-checkin-form]')).toBeHidden();
  await expect(page.locator('[data-goals-form]')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Save a copy (JSON)' })).toBeHidden();
  await expect(page.locator('.prose')).toBeHidden();
  await expect(page.locator('svg[data-chart="phq9"] circle')).toHaveCount(2);
  await expect(page.locator('svg[data-chart="phq9"]')).toBeVisible();
  await expect(page.getByText('What I am working toward')).toBeVisible();
  await expect(page.locator('[data-progress]').getByText('Hope: I make plans again.')).toBeVisible();
  await expect(rows(page)).toHaveCount(2);
  // On paper the chart takes the light theme's colours, whatever the screen theme.
  const line = await page.locator('svg[data-chart="phq9"] .chart-line').evaluate((el) => getComputedStyle(el).stroke);
  expect(line).toBe('rgb(10, 101, 96)');

  // The blank worksheet prints instead of the summary when asked for.
  await page.evaluate(() => (document.documentElement.dataset['printing'] = 'worksheet'));
  await expect(page.locator('[data-worksheet]')).toBeVisible();
  await expect(page.locator('[data-progress]')).toBeHidden();
});

test('the blank worksheet is what prints, for as long as the print dialog is open', async ({ page }) => {
  await page.addInitScript(() => {
    // Stands in for the print dialog: records what was set to print when it opened.
    window.print = () => void ((window as unknown as { printing: string }).printing = document.documentElement.dataset['printing'] ?? 'summary');
  });
  await seed(page, seeded);
  const html = page.locator('html');
  await page.getByRole('button', { name: 'Print a blank worksheet' }).click();
  expect(await page.evaluate(() => (window as unknown as { printing: string }).printing)).toBe('worksheet');
  // Some browsers return from print() before the page is printed: the worksheet stays set until printing is over.
  await expect(html).toHaveAttribute('data-printing', 'worksheet');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-worksheet]')).toBeVisible();
  await expect(page.locator('[data-progress]')).toBeHidden();
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(html).not.toHaveAttribute('data-printing', /./);
  await expect(page.locator('[data-progress]')).toBeVisible();
  await expect(page.locator('[data-worksheet]')).toBeHidden();
});

test('without JavaScript the page explains itself and shows the worksheet of the seven dimensions', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto('success/');
  const dimensions = (await page.locator('main article ul.not-prose h3').allInnerTexts()).map((t) => t.trim());
  expect(dimensions).toHaveLength(7);
  await page.goto('journal/');
  await expect(page.getByRole('heading', { name: 'How does the journal work?' })).toBeVisible();
  const worksheet = page.locator('[data-worksheet]');
  await expect(worksheet).toBeVisible();
  await expect(worksheet).toContainText('needs JavaScript');
  await expect(worksheet.locator('li h3')).toHaveText(dimensions);
  await expect(page.locator('[data-journal]')).toBeHidden();
  await context.close();
});

test('the journal has no axe violations with data in it, in light and dark', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await seed(page, seeded);
  await page.getByRole('checkbox', { name: 'Daily functioning' }).check();
  for (const id of ['phq9', 'gad7']) await page.locator(`[data-questionnaire="${id}"] summary`).click();
  await page.getByRole('group', { name: `9. ${ITEM_9}` }).getByRole('radio', { name: 'Several days' }).check();
  await page.getByRole('button', { name: 'Delete my journal…' }).click();
  expect((await axeViolations(page)).map((violation) => `light: ${violation}`)).toEqual([]);
  // The device turns dark with the journal open: the themes differ in their colours alone, so only the colour rules can find anything new.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect((await colourViolations(page)).map((violation) => `dark: ${violation}`)).toEqual([]);
  // Every question is a group named by its question, inside one group per questionnaire.
  await expect(page.locator('[data-questionnaire="phq9"] fieldset fieldset legend')).toHaveCount(9);
  await expect(page.locator('[data-questionnaire="gad7"] fieldset fieldset legend')).toHaveCount(7);
  await expect(page.getByRole('group', { name: '1. Feeling nervous, anxious, or on edge' })).toBeVisible();
});

test('the journal works at 320 px without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await seed(page, { ...seeded, goals: [...seeded.goals, { dimension: 'daily-functioning', better: '' }, { dimension: 'relationships', better: '' }] });
  await page.locator('[data-questionnaire="phq9"] summary').click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('the journal script loads on the journal pages only, from this site, within its budget in each language', { tag: '@subpath' }, async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const fetched: { type: string; url: string; gzip: number }[] = [];
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => void fetched.push({ type: response.request().resourceType(), url: response.url(), gzip: gzipSync(body).length }),
        () => undefined, // redirects have no body
      ),
    );
  });
  const load = async (path: string) => {
    fetched.length = 0;
    // These pages load scripts only from their HTML, never later: once loaded, they have fetched everything.
    await page.goto(path);
    await Promise.all(pending);
    return [...fetched];
  };
  for (const path of ['measuring/', 'basics/']) {
    expect((await load(path)).filter((f) => f.type === 'script'), `/${path} fetches no JavaScript`).toEqual([]);
  }
  // Each language's page carries its own words only, so each is held to the whole budget.
  for (const path of ['journal/', 'es/diario/']) {
    const journal = await load(path);
    const scripts = journal.filter((f) => f.type === 'script');
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(new URL(script.url).origin).toBe(origin);
    const scriptBytes = scripts.reduce((n, f) => n + f.gzip, 0);
    const total = journal.reduce((n, f) => n + f.gzip, 0);
    console.log(`/${path} first load: ${(total / 1024).toFixed(1)} KiB gzip in all, ${(scriptBytes / 1024).toFixed(1)} KiB of it JavaScript`);
    expect(scriptBytes, `/${path} JavaScript (gzip)`).toBeLessThanOrEqual(12 * 1024);
    expect(total, `/${path}, all bytes (gzip)`).toBeLessThanOrEqual(40 * 1024);
  }
});

test('a journal open in two tabs shows what the other saved, without a reload', async ({ context }) => {
  const first = await context.newPage();
  const second = await context.newPage();
  await seed(first, seeded);
  await openJournal(second);
  await expect(rows(second)).toHaveCount(2);

  // A check-in saved in the first tab appears in the second, and the second does not write over it later.
  await first.getByLabel('Date', { exact: true }).fill(daysAgo(0));
  await first.getByRole('combobox', { name: 'Hope' }).selectOption('7');
  await first.getByRole('textbox', { name: 'Note' }).fill('Saved in the first tab.');
  await first.getByRole('button', { name: 'Save this check-in' }).click();
  await expect(first.locator('[data-status="checkin"]')).toContainText('Saved your check-in');
  await expect(rows(second)).toHaveCount(3);
  await expect(second.locator('[data-checkins]')).toContainText('Saved in the first tab.');

  // Deleting everything in the second tab empties the first.
  await second.getByRole('button', { name: 'Delete my journal…' }).click();
  await second.getByRole('button', { name: 'Yes, delete everything' }).click();
  await expect(rows(first)).toHaveCount(0);
});

test.describe('the Spanish journal', () => {
  const ITEM_9_ES = 'Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera';

  test('speaks Spanish, and shows and saves the same journal as the English one', async ({ page }) => {
    // Errors only: the test goes on to the English page, and leaving a page can cancel its favicon's request.
    const problems = watchConsole(page);
    await seed(page, seeded);
    await page.goto('es/diario/');
    await expect(rows(page)).toHaveCount(2);
    await expect(page.locator('[data-checkin-count]')).toHaveText(/^2 revisiones, del .+ al .+\.$/);
    await expect(page.locator('[data-series="phq9"]')).toContainText('Lo más reciente: 8 de 27: leve (5–9)');
    await expect(page.locator('[data-series="phq9"] [data-change]')).toHaveText(
      'Bajó 8 puntos desde su primer puntaje (de 16 a 8). Bajó a la mitad o más: los estudios lo llaman "respuesta".',
    );
    await expect(page.getByRole('checkbox', { name: 'Esperanza' })).toBeChecked();

    await page.getByLabel('Fecha', { exact: true }).fill(daysAgo(0));
    await page.getByRole('combobox', { name: 'Esperanza' }).selectOption('6');
    await page.getByRole('textbox', { name: 'Nota' }).fill('Una semana tranquila.');
    await page.getByRole('button', { name: 'Guardar esta revisión' }).click();
    await expect(page.locator('[data-status="checkin"]')).toContainText('Se guardó su revisión');
    // The journal keeps codes and numbers, never the interface's words: the English page reads the same entry.
    expect(JSON.parse((await stored(page))!).checkIns[2]).toMatchObject({ ratings: { hope: 6 }, phq9: null, gad7: null, note: 'Una semana tranquila.' });

    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Guardar una tabla (CSV)' }).click()]);
    expect(csvDownload.suggestedFilename()).toMatch(/^diario-de-exito-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync(await csvDownload.path(), 'utf8').split('\r\n').filter(Boolean);
    expect(csv[0]).toMatch(/^\uFEFF?Fecha,Esperanza \(0-10\),Puntaje del PHQ-9,Nivel del PHQ-9,PHQ-9 pregunta 1,/);
    expect(csv).toHaveLength(4);

    await openJournal(page);
    await expect(rows(page)).toHaveCount(3);
    await expect(page.locator('[data-checkin-count]')).toContainText('3 check-ins');
    await expect(rows(page).last()).toContainText('Una semana tranquila.');
    expect(problems).toEqual([]);
  });

  test('asks the official Spanish PHQ-9, and shows its help lines as soon as item 9 is not "Ningún día"', async ({ page }) => {
    await page.goto('es/diario/');
    await expect(page.locator('[data-journal]')).toBeVisible();
    // The lines are the page's own (its settings), whatever a copy of the guide has set them to.
    const settings = JSON.parse((await page.locator('[data-journal]').getAttribute('data-settings'))!) as { helpLines: { action: string; detail: string; href: string }[] };
    const help = page.locator('[data-safety]');
    await page.locator('[data-questionnaire="phq9"] summary').click();
    const item9 = page.getByRole('group', { name: `9. ${ITEM_9_ES}` });
    await item9.getByRole('radio', { name: 'Ningún día' }).check();
    await expect(help).toBeHidden();
    await item9.getByRole('radio', { name: 'Varios días' }).check();
    await expect(help).toBeVisible();
    await expect(help).toContainText('Gracias por contestar con sinceridad.');
    for (const line of settings.helpLines) {
      await expect(help.getByRole('link', { name: line.action, exact: true }).first()).toHaveAttribute('href', line.href);
    }
    const sentence = settings.helpLines.map((line) => `${line.action} (${line.detail})`).join('; ');
    await expect(page.locator('[data-safety-alert]')).toHaveText(`Hay ayuda para usted ahora mismo. ${sentence}.`);
  });

  test('gives the GAD-7 in English, marked as English, with a note in Spanish that says why', async ({ page }) => {
    await page.goto('es/diario/');
    const gad7 = page.locator('[data-questionnaire="gad7"]');
    await gad7.locator('summary').click();
    await expect(gad7.getByText('Este cuestionario está en su versión original en inglés.')).toBeVisible();
    await expect(gad7.locator('fieldset[lang="en"] > legend')).toContainText('Over the last 2 weeks');
    await expect(gad7.getByRole('group', { name: '1. Feeling nervous, anxious, or on edge' })).toBeVisible();
    await expect(gad7.getByRole('button', { name: 'Borrar mis respuestas del GAD-7' })).toBeVisible();
  });
});
