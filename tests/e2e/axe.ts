/**
 * axe (WCAG 2.2 A/AA and best practice) on the page as it is now, with each
 * violation described in one line: rule, impact, help and where.
 *
 * Legacy mode runs axe in the page itself. The default mode finishes every
 * run in a fresh blank page, which costs a cold start of axe each time (about
 * two seconds per page on a 2-core machine) and only matters for cross-origin
 * iframes, which this site never has.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The violations on `page`, or within the elements `include` selects. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).options({ resultTypes: ['violations'] });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations.map(
    (v) => `${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
  );
}
