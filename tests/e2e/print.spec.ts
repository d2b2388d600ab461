/**
 * Printed pages: no header menu, search, theme toggle or copy buttons; the
 * help-now box, sources and review dates kept; the address of each external
 * link printed after it. The family page prints as a checklist on at most
 * two US Letter sheets.
 */
import { expect, test } from '@playwright/test';

/** Pages in a PDF, counted from its page objects (`/Type /Page`, not `/Pages`). */
function pdfPageCount(pdf: Buffer): number {
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0;
  // Cross-check with the page tree's own count, where the PDF states it.
  const counts = [...text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)].map((m) => Number(m[1] ?? m[2]));
  if (counts.length > 0) expect(Math.max(...counts), 'page tree count matches the page objects').toBe(pages);
  return pages;
}

test('an article prints without the screen controls, and keeps the help box and review dates', async ({ page }) => {
  await page.goto('basics/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.locator('[data-search-open]').first()).toBeHidden();
  await expect(page.locator('[data-theme-toggle]')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'On this page' })).toBeHidden();
  await expect(page.locator('main a[data-copy-link]').first()).toBeHidden();
  await expect(page.getByRole('complementary', { name: 'Help now', exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call 988', exact: true }).first()).toBeVisible();
  await expect(page.locator('[data-review-dates]')).toBeVisible();
  await expect(page.locator('[data-review-dates]')).toContainText('Page last reviewed');
  await expect(page.getByRole('heading', { name: 'Sources used on this page' })).toBeVisible();
  // On screen, the same page shows them all.
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.locator('[data-search-open]').first()).toBeVisible();
});

test('a printed page shows where external links go, and not internal ones', async ({ page }) => {
  await page.goto('support/');
  await page.emulateMedia({ media: 'print' });
  const after = (selector: string) =>
    page.locator(selector).first().evaluate((a) => getComputedStyle(a, '::after').content);
  expect(await after('main a[href="https://988lifeline.org"]')).toBe('" (https://988lifeline.org)"');
  expect(await after('main a[href*="/sources/#ref-"]')).toBe('none');
});

for (const path of ['support/', 'es/familia/']) {
  test(`the family page /${path} prints as a checklist on two US Letter pages or fewer`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: 'print' });
    // Each item is ticked in a box drawn before it.
    const box = await page.locator('main .checklist li').first().evaluate((li) => {
      const style = getComputedStyle(li, '::before');
      return { width: parseFloat(style.width), border: style.borderTopStyle };
    });
    expect(box.border).toBe('solid');
    expect(box.width).toBeGreaterThan(8);
    const pages = pdfPageCount(await page.pdf({ format: 'Letter' }));
    console.log(`/${path} prints on ${pages} Letter page(s)`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });
}

test('the clinic kit prints its emails and QR codes without its buttons', async ({ page }) => {
  await page.goto('clinics/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-qr] svg').first()).toBeVisible();
  await expect(page.locator('#email-for-a-new-patient-text')).toBeVisible();
  await expect(page.locator('button[data-copy-from]').first()).toBeHidden();
  await expect(page.locator('[data-section-row] a[data-copy-link]').first()).toBeHidden();
});
