/**
 * The home page sends each of its three readers on their way in the first
 * screen of a phone, under the header and the help strip.
 */
import { expect, test } from '@playwright/test';

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

test('on a phone, the three reader paths are in the first screen', async ({ page }) => {
  await page.goto('');
  const paths = page.getByRole('navigation', { name: 'Where to start' }).getByRole('link');
  await expect(paths).toHaveCount(3);
  const expected = [/\/basics\/$/, /\/support\/$/, /\/clinics\/$/];
  for (let i = 0; i < 3; i++) {
    const link = paths.nth(i);
    await expect(link).toHaveAttribute('href', expected[i]!);
    await expect(link).toBeInViewport({ ratio: 1 });
    const box = (await link.boundingBox())!;
    expect(box.y + box.height, `reader path ${i + 1} ends above the fold`).toBeLessThanOrEqual(844);
  }
  expect(await page.evaluate(() => scrollY)).toBe(0);
  // And each leads to that reader's page.
  await paths.nth(1).click();
  await expect(page.locator('h1')).toHaveText('Supporting someone through ketamine therapy');
});
