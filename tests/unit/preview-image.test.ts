import { describe, expect, it } from 'vitest';
import { previewImagePath, previewSvg, wrapTitle } from '../../src/lib/preview-image';

describe('previewImagePath', () => {
  it('gives every page its own image', () => {
    expect(previewImagePath('/')).toBe('/og/home.png');
    expect(previewImagePath('/basics/')).toBe('/og/basics.png');
    expect(previewImagePath('/success/hope/')).toBe('/og/success/hope.png');
  });
});

describe('wrapTitle', () => {
  it('breaks at spaces within the width', () => {
    expect(wrapTitle('Success has many dimensions beyond symptoms', 20, 3)).toEqual(['Success has many', 'dimensions beyond', 'symptoms']);
  });
  it('ends a title that does not fit with an ellipsis', () => {
    const lines = wrapTitle('one two three four five six seven eight nine ten', 9, 2);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
  });
});

describe('previewSvg', () => {
  it('escapes text so a title cannot break the image', () => {
    const svg = previewSvg({ title: 'Fears & hopes <script>', part: 'The basics', siteName: 'Guide' });
    expect(svg).toContain('Fears &amp; hopes &lt;script&gt;');
    expect(svg).not.toContain('<script>');
  });
});
