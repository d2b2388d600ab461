/** The address each file under src/routes/ is served at: its path, as in src/pages. */
import { describe, expect, it } from 'vitest';
import { routePattern } from '../../src/integrations/translated-routes';

describe('routePattern', () => {
  it.each([
    ['es/index.astro', '/es'],
    ['es/familia.astro', '/es/familia'],
    ['es/[part]/[topic].astro', '/es/[part]/[topic]'],
    ['es/search-ui.js.ts', '/es/search-ui.js'],
  ])('%s is served at %s', (file, pattern) => {
    expect(routePattern(file)).toBe(pattern);
  });
});
