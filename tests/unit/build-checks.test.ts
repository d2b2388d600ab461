/**
 * The checks the build runs on its own output and content
 * (src/integrations/link-check.ts, content-images.ts), called as Astro calls
 * them, on a small built site written to a temporary folder beside the
 * fixture content: a broken link, image or published address stops the
 * build with a message that names the content file (or the address list)
 * and what is wrong. The pure rules behind them are in link-check.test.ts.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { contentImages } from '../../src/integrations/content-images';
import { linkCheck } from '../../src/integrations/link-check';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'content');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

const temporary = () => {
  const dir = mkdtempSync(join(tmpdir(), 'build-checks-'));
  made.push(dir);
  return dir;
};

/** The fixture site's two published pages, as the build writes them; `basics` is the body of /basics/. */
function builtSite(base: string, basics: string): string {
  const dir = temporary();
  const files: Record<string, string> = {
    'index.html': `<main><a href="${base}basics/#a-fixture-section">The basics</a></main>`,
    'basics/index.html': `<main>${basics}</main>`,
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
  };
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  return dir;
}

/** Runs an integration's hooks as `astro build` does, and returns what it logged. */
async function runHooks(integration: AstroIntegration, { base = '/', site = '' } = {}): Promise<string[]> {
  const logged: string[] = [];
  const logger = { info: (message: string) => void logged.push(message), warn: () => undefined, error: () => undefined };
  const hooks = integration.hooks as Record<string, ((options: unknown) => unknown) | undefined>;
  await hooks['astro:config:done']?.({ config: { base } });
  await hooks['astro:build:start']?.({ logger });
  await hooks['astro:build:done']?.({ dir: pathToFileURL(`${site}/`), logger });
  return logged;
}

const SECTION = '<h2 id="a-fixture-section">A fixture section</h2>';

describe('the link check after the build', () => {
  it('passes a site whose links, images and published addresses all resolve, at the root and under a sub-path', async () => {
    const page = (base: string) => `${SECTION}<a href="${base}">Home</a> <img src="${base}favicon.svg" alt="">`;
    expect(await runHooks(linkCheck(fixtures, ['en']), { site: builtSite('/', page('/')) })).toEqual([
      'Links: every published address resolves',
      'Links: every link and image on 2 pages resolves',
    ]);
    expect(await runHooks(linkCheck(fixtures, ['en']), { base: '/guide/', site: builtSite('/guide/', page('/guide/')) })).toHaveLength(2);
  });

  it('names the content file, the page and the link that goes to no page', async () => {
    const site = builtSite('/', `${SECTION}<p>See <a href="/factor/engagement/">what helps</a>.</p>`);
    await expect(runHooks(linkCheck(fixtures, ['en']), { site })).rejects.toThrow(/pages\/basics\.md \(\/basics\/\): the link "\/factor\/engagement\/" goes to no page/);
  });

  it('names the content file, the page and an image that is no file of the site', async () => {
    const site = builtSite('/', `${SECTION}<img src="/images/no-such-chart.png" alt="A chart of progress">`);
    await expect(runHooks(linkCheck(fixtures, ['en']), { site })).rejects.toThrow(/pages\/basics\.md \(\/basics\/\): the image "\/images\/no-such-chart\.png" is no file of this site/);
  });

  it('names the address list and the address when a reworded heading loses a published section', async () => {
    const site = builtSite('/', '<h2 id="a-reworded-section">A reworded section</h2>');
    const build = runHooks(linkCheck(fixtures, ['en']), { site });
    await expect(build).rejects.toThrow('published-addresses.txt');
    await expect(build).rejects.toThrow('/basics/#a-fixture-section has no #a-fixture-section on /basics/');
  });
});

describe('published addresses of a language this copy leaves out', () => {
  it('are not looked for when the Spanish edition is off, and are when it is on', async () => {
    const content = temporary();
    cpSync(fixtures, content, { recursive: true });
    writeFileSync(join(content, 'published-addresses.txt'), '/basics/\n/es/conceptos-basicos/\n');
    const site = () => builtSite('/', SECTION);
    expect(await runHooks(linkCheck(content, ['en']), { site: site() })).toContain('Links: every published address resolves');
    await expect(runHooks(linkCheck(content, ['en', 'es']), { site: site() })).rejects.toThrow('/es/conceptos-basicos/ goes to no page');
  });
});

describe('the image check before the build', () => {
  it('names the content file and the image when a page shows an image that is not there', async () => {
    const content = temporary();
    cpSync(fixtures, content, { recursive: true });
    const file = join(content, 'factors', 'engagement.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n![A chart of progress](./missing-chart.png)\n`);
    await expect(runHooks(contentImages(content))).rejects.toThrow(/factors\/engagement\.md: the image "\.\/missing-chart\.png" does not exist/);
  });

  it('passes content whose images are all there', async () => {
    expect(await runHooks(contentImages(fixtures))).toEqual([]);
  });
});
