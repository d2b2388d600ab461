import { describe, expect, it } from 'vitest';
import { joinBase, withTrailingSlash } from '../../src/lib/paths';

describe('joinBase', () => {
  it('leaves root paths alone at the root', () => {
    expect(joinBase('/', '/basics/')).toBe('/basics/');
    expect(joinBase('/', '/')).toBe('/');
  });
  it('puts a sub-path in front of root-relative paths', () => {
    expect(joinBase('/guide/', '/basics/')).toBe('/guide/basics/');
    expect(joinBase('/guide', '/success/hope/#repairing-trust')).toBe('/guide/success/hope/#repairing-trust');
    expect(joinBase('/guide/', '/')).toBe('/guide/');
  });
  it('passes through links that are not root-relative', () => {
    for (const href of ['#main', 'https://findahelpline.com', '//cdn.example.org/x', 'tel:988', 'mailto:a@b.c', 'relative/']) {
      expect(joinBase('/guide/', href)).toBe(href);
    }
  });
});

describe('withTrailingSlash', () => {
  it('makes a base path a folder, however the config gives it', () => {
    expect(withTrailingSlash('/')).toBe('/');
    expect(withTrailingSlash('/guide')).toBe('/guide/');
    expect(withTrailingSlash('/guide/')).toBe('/guide/');
  });
});
