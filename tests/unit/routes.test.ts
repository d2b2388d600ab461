import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFiles } from '../../src/integrations/content-files';

describe('contentFiles', () => {
  it('maps each page path to the content file that makes it', () => {
    const dir = join(import.meta.dirname, '..', 'fixtures', 'content');
    const files = contentFiles(dir);
    expect(files.get('/basics/')).toBe(join(dir, 'pages', 'basics.md'));
    expect(files.get('/success/hope/')).toBe(join(dir, 'dimensions', 'hope.md'));
    expect(files.get('/factors/engagement/')).toBe(join(dir, 'factors', 'engagement.md'));
    expect(files.get('/')).toBe(join(dir, 'pages', 'home.md'));
  });
  it('maps a Spanish page by the address its front matter gives', () => {
    const dir = join(import.meta.dirname, '..', '..', 'content');
    const files = contentFiles(dir);
    expect(files.get('/es/conceptos-basicos/')).toBe(join(dir, 'es', 'pages', 'basics.md'));
    expect(files.get('/es/exito/esperanza/')).toBe(join(dir, 'es', 'dimensions', 'hope.md'));
    expect(files.get('/es/')).toBe(join(dir, 'es', 'pages', 'home.md'));
  });
});
