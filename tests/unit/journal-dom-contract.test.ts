/**
 * The journal's DOM contract (src/lib/journal/dom-contract.ts). The type
 * check holds the components and the script to it, and tests/built/journal.test.ts
 * the built pages; what neither sees is the CSS, which selects some hooks by
 * their names: those names must be the contract's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attribute, hook } from '../../src/lib/journal/dom-contract';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const styles = [read('src/components/journal/Journal.astro'), read('src/styles/global.css')].join('\n');

describe('the journal’s DOM contract', () => {
  it('gives every hook an attribute of its own', () => {
    const names = Object.values(attribute);
    expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
  });

  it('names the hooks the styles select as the styles do', () => {
    // A status line that reports a problem, the worksheet printed instead of the summary, what print leaves out, the no-JavaScript notice.
    for (const name of [attribute.tone, attribute.printing, attribute.journal, attribute.print, attribute.withoutJs]) {
      expect(styles, name).toContain(`[${name}`);
    }
    expect(styles).toContain(`[${attribute.print}='${hook.printHidden[attribute.print]}']`);
  });
});
