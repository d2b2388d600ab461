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
/** The rules of those tags whose outcome depends on colours alone: text contrast, and links told apart from the words around them. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

const described = (violations: readonly Violation[]) =>
  violations.map((v) => `${v.id} (${v.impact}) ${v.help}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);

const builderFor = (page: Page) => new AxeBuilder({ page }).setLegacyMode(true).options({ resultTypes: ['violations'] });

/** The violations on `page`, or within the elements `include` selects. */
export async function axeViolations(page: Page, include?: string): Promise<string[]> {
  let builder = builderFor(page).withTags(AXE_TAGS);
  if (include) builder = builder.include(include);
  return described((await builder.analyze()).violations);
}

/**
 * The violations of the colour rules only: for a page already checked with
 * every rule in one theme (`axeViolations`, which left axe in the page) and
 * shown again in another theme that changes its colours and nothing else.
 * axe is run where it already is: putting it into the page again would cost
 * twice as long as the run itself.
 */
export async function colourViolations(page: Page): Promise<string[]> {
  const inPage = await page.evaluate(async (rules) => {
    const axe = (window as unknown as { axe?: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    if (!axe) return null;
    const { violations } = await axe.run(document, { runOnly: { type: 'rule', values: rules }, resultTypes: ['violations'] });
    return violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target }) => ({ target })) }));
  }, COLOUR_RULES);
  return described(inPage ?? (await builderFor(page).withRules(COLOUR_RULES).analyze()).violations);
}

/** The parts of an axe violation that `described` puts in its line. */
interface Violation {
  id: string;
  impact?: string | null | undefined;
  help: string;
  nodes: { target: unknown[] }[];
}
