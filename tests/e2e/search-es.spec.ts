/**
 * Search on the Spanish pages: the dialog and /es/buscar/ speak Spanish,
 * understand a Spanish question with or without accents, and find Spanish
 * pages only (Pagefind's Spanish index), as English pages find English ones
 * only. Words of a crisis put the page's own help lines first.
 */
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { watchForErrors } from './site';

// The first search loads Pagefind's engine, which can take seconds on a busy machine.
const expect = baseExpect.configure({ timeout: 15_000 });

const openDialog = async (page: Page, name: string) => {
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  return dialog;
};

/** The results' addresses, as paths under the site's base (without the words to mark). */
async function resultPaths(page: Page, area: Locator): Promise<string[]> {
  const base = new URL(page.url()).pathname.replace(/(\/guide)?\/.*$/, '$1/');
  const hrefs = await area.locator('h3 [data-search-result]').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
  return hrefs.map((href) => `/${href.slice(base.length)}`);
}

test('on a Spanish page, the dialog speaks Spanish and finds Spanish pages only', { tag: '@subpath' }, async ({ page }) => {
  const problems = watchForErrors(page);
  await page.goto('es/conceptos-basicos/');
  const dialog = await openDialog(page, 'Buscar en la guía');
  await expect(dialog.getByRole('searchbox')).toHaveAttribute('placeholder', 'Pregunte con sus propias palabras');
  await dialog.getByRole('searchbox').fill('spravato');
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ páginas? coincide/);
  const paths = await resultPaths(page, dialog);
  expect(paths.length).toBeGreaterThan(0);
  expect(paths.filter((path) => !path.startsWith('/es/'))).toEqual([]);
  expect(problems).toEqual([]);
});

test('on an English page, the same word finds English pages only', async ({ page }) => {
  await page.goto('basics/');
  const dialog = await openDialog(page, 'Search the guide');
  await dialog.getByRole('searchbox').fill('spravato');
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ pages? match/);
  const paths = await resultPaths(page, dialog);
  expect(paths.length).toBeGreaterThan(0);
  expect(paths.filter((path) => path.startsWith('/es/'))).toEqual([]);
});

test('a Spanish question finds the page that answers it, with or without accents', async ({ page }) => {
  // The status line speaks a second after the last key; the test moves the page's clock on instead of waiting.
  await page.clock.install();
  await page.goto('es/');
  const dialog = await openDialog(page, 'Buscar en la guía');
  const box = dialog.getByRole('searchbox');
  const status = dialog.getByRole('status');
  /** The results for what is typed, once the status line answers it. */
  const resultsFor = async (query: string) => {
    await box.fill(query);
    await page.clock.fastForward(1000);
    await expect(status).toContainText(`“${query}”`);
    return resultPaths(page, dialog);
  };
  const question = await resultsFor('¿Cómo puedo apoyar a mi esposo el día de la infusión?');
  expect(question.slice(0, 3)).toContain('/es/factores/apoyo/');
  expect(await resultsFor('como puedo apoyar a mi esposo el dia de la infusion')).toEqual(question);
  // The same pages in the same order: Pagefind's ranking would otherwise put pages whose accents agree with the reader's first.
  for (const [accented, plain] of [['depresión', 'depresion'], ['sueño', 'sueno'], ['atención', 'atencion']] as const) {
    expect(await resultsFor(plain), plain).toEqual(await resultsFor(accented));
  }
});

test('words of a crisis in Spanish show the page’s help lines before any result', async ({ page }) => {
  await page.goto('es/');
  const firstLine = await page.locator('[data-help-now] a').first().textContent();
  const dialog = await openDialog(page, 'Buscar en la guía');
  await dialog.getByRole('searchbox').fill('ya no quiero vivir');
  const help = dialog.getByRole('complementary', { name: 'Ayuda ahora' });
  await expect(help.getByRole('link', { name: firstLine!, exact: true })).toBeVisible();
  // Above the results: it comes first in reading order.
  const results = dialog.locator('[data-search-result]');
  await expect(results.first()).toBeVisible();
  expect(await help.evaluate((box, first) => !!(box.compareDocumentPosition(first!) & Node.DOCUMENT_POSITION_FOLLOWING), await results.first().elementHandle())).toBe(true);
});

test('the Spanish search page reads its query from the address and answers in Spanish', { tag: '@subpath' }, async ({ page }) => {
  await page.goto('es/buscar/?q=pastillas');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('searchbox', { name: 'Buscar en la guía' })).toHaveValue('pastillas');
  const results = page.locator('[data-search-results]');
  await expect(results.getByRole('status')).toHaveText(/^\d+ páginas? coincide/);
  const paths = await resultPaths(page, results);
  expect(paths).toContain('/es/exito/menos-medicamentos/');
  expect(paths.filter((path) => !path.startsWith('/es/'))).toEqual([]);
  // The part filter names the parts as the Spanish pages do, so choosing one keeps its pages.
  await page.getByLabel('Parte de la guía').selectOption('Qué ayuda');
  await expect(results.getByRole('status')).toHaveText(/^\d+ páginas? en Qué ayuda coincide/);
  expect(new Set(await results.locator('li:has(h3) > p:first-child').allTextContents())).toEqual(new Set(['Qué ayuda']));
});

test('Enter in the dialog on a Spanish page opens the Spanish search page', { tag: '@subpath' }, async ({ page }) => {
  await page.goto('es/exito/');
  const dialog = await openDialog(page, 'Buscar en la guía');
  await dialog.getByRole('searchbox').fill('dormir');
  await dialog.getByRole('searchbox').press('Enter');
  await expect(page).toHaveURL(/\/es\/buscar\/\?q=dormir$/);
  await expect(page.locator('[data-search-results] [data-search-result]').first()).toBeVisible();
});

test('markup typed on a Spanish page is shown as text and never runs', async ({ page }) => {
  await page.addInitScript(() => {
    window.alert = () => void ((window as unknown as { ran: boolean }).ran = true);
  });
  const input = '<img src=x onerror=alert(1)>';
  await page.goto('es/');
  const dialog = await openDialog(page, 'Buscar en la guía');
  await dialog.getByRole('searchbox').fill(input);
  await expect(dialog.getByRole('status')).toContainText(`“${input}”`);
  await expect(dialog.locator('img')).toHaveCount(0);
  await page.goto(`es/buscar/?q=${encodeURIComponent(input)}`);
  await expect(page.locator('[data-search-results] [role="status"]')).toContainText(`“${input}”`);
  await expect(page.locator('main img')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { ran?: boolean }).ran)).toBeUndefined();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the Spanish search button says in Spanish that search needs JavaScript, and leads to the Spanish search page', async ({ page }) => {
    await page.goto('es/conceptos-basicos/');
    const button = page.getByRole('link', { name: 'Buscar (necesita JavaScript)' });
    await expect(button).toBeVisible();
    await button.click();
    await expect(page).toHaveURL(/\/es\/buscar\/$/);
    await expect(page.getByText('La búsqueda necesita JavaScript')).toBeVisible();
  });
});
