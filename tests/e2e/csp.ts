/** Content-Security-Policy violations, as the browser reports them to the page. */
import type { Page } from '@playwright/test';

/** Records every violation on every page `page` loads from now on. */
export function recordViolations(page: Page) {
  return page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`));
  });
}

/** The violations recorded on the page loaded now. */
export const violations = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
