/**
 * Whom a reader is told to call: the settings a clinic gives, and the
 * Markdown plugin that writes them into the pages, run through the same
 * Markdown processor and heading-id plugin as the site.
 */
import { satteriHeadingIdsPlugin } from '@astrojs/markdown-satteri';
import { pathToFileURL } from 'node:url';
import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { crisisText } from '../../src/integrations/crisis-text';
import { helpSentence, parseCrisisByLang, parseCrisisSettings, stripLines, type CrisisSettings } from '../../src/lib/crisis';

const uk: CrisisSettings = {
  heading: 'Need help now?',
  emergencyNumber: '999',
  lines: [
    { action: 'Call 999', detail: 'in danger', href: 'tel:999', strip: true },
    { action: 'Call Samaritans on 116 123', detail: 'free, 24/7', href: 'tel:116123', strip: true },
    { action: 'Llame al 999', detail: 'en español', href: 'tel:999', lang: 'es' },
  ],
};

const ukSpanish: CrisisSettings = {
  heading: '¿Necesita ayuda?',
  emergencyNumber: '999',
  lines: [{ action: 'Llame al 999', detail: 'si corre peligro', href: 'tel:999', strip: true }],
};

/** Renders Markdown as the file `file` (its folder tells its language). */
async function render(markdown: string, crisis: CrisisSettings = uk, file = '/site/content/pages/page.md') {
  const astro = { frontmatter: {}, headings: [] as { depth: number; slug: string; text: string }[], localImagePaths: new Set<string>(), remoteImagePaths: new Set<string>() };
  const { html } = await markdownToHtml(markdown, { hastPlugins: [crisisText({ en: crisis, es: ukSpanish }), satteriHeadingIdsPlugin()], data: { astro }, fileURL: pathToFileURL(file) });
  return html;
}

describe('crisis lines in a page’s words', () => {
  it('turns a {{help-lines}} paragraph into every configured line, as links', async () => {
    const html = await render('If you feel unsafe, help is there now:\n\n{{help-lines}}\n\nMore text.');
    expect(html).toContain('<p>If you feel unsafe, help is there now:</p>');
    expect(html).toMatch(/<ul data-help-lines(?:="")?>/);
    expect(html).toContain('<a href="tel:116123"><strong>Call Samaritans on 116 123</strong></a> (free, 24/7)');
    // A line in another language says so, for screen readers and translation tools.
    expect(html).toContain('<li lang="es">');
    expect(html).not.toContain('{{');
  });

  it('writes the emergency number, as a link in running text and as words in a heading', async () => {
    const html = await render('## When to call {{emergency-number}}\n\nCall {{emergency-number}} at once.');
    // The section's address is the same in every country's copy.
    expect(html).toContain('<h2 id="when-to-call-emergency">When to call 999</h2>');
    expect(html).toContain('<p>Call <a href="tel:999">999</a> at once.</p>');
  });

  it('fills a Spanish page (content/es/...) with the Spanish lines, and gives its heading an id without accents', async () => {
    const html = await render('## Cuándo llamar al {{emergency-number}}\n\nPida ayuda:\n\n{{help-lines}}', uk, '/site/content/es/pages/seguridad.md');
    expect(html).toContain('<h2 id="cuando-llamar-al-emergency">Cuándo llamar al 999</h2>');
    expect(html).toContain('<strong>Llame al 999</strong>');
    expect(html).not.toContain('Samaritans');
  });

  it('stops the build on a token it does not know, or help lines inside a sentence', async () => {
    await expect(render('Call {{crisis-number}} now.')).rejects.toThrow(/"\{\{crisis-number\}\}" is not a token/);
    await expect(render('Help: {{help-lines}} and more.')).rejects.toThrow(/stands in a paragraph of its own/);
  });
});

describe('crisis settings', () => {
  it('take one SITE_CRISIS for every language, or one per language, and never fall back to the US lines', () => {
    const one = parseCrisisByLang(JSON.stringify(uk));
    expect(one.es.emergencyNumber).toBe('999');
    const each = parseCrisisByLang(JSON.stringify({ en: uk, es: ukSpanish }));
    expect(each.es.heading).toBe('¿Necesita ayuda?');
    expect(parseCrisisByLang(JSON.stringify({ en: uk })).es.lines[0]?.href).toBe('tel:999');
    expect(() => parseCrisisByLang(JSON.stringify({ fr: uk }))).toThrow(/"fr" is not a language of this guide/);
  });

  it('make one sentence of the strip’s lines for text without links', () => {
    expect(helpSentence(stripLines(uk))).toBe('Call 999 (in danger); Call Samaritans on 116 123 (free, 24/7).');
  });

  it('read a JSON override, or name the field that is wrong', () => {
    expect(parseCrisisSettings(JSON.stringify(uk)).lines).toHaveLength(3);
    expect(() => parseCrisisSettings('{')).toThrow(/SITE_CRISIS is not valid JSON/);
    expect(() => parseCrisisSettings(JSON.stringify({ ...uk, emergencyNumber: '' }))).toThrow('SITE_CRISIS: emergencyNumber should be some text');
    const badLink = { ...uk, lines: [{ ...uk.lines[0], href: 'javascript:alert(1)' }] };
    expect(() => parseCrisisSettings(JSON.stringify(badLink))).toThrow('SITE_CRISIS: lines[0].href should be a tel:, sms: or https:// link');
    const noStrip = { ...uk, lines: [{ ...uk.lines[2] }] };
    expect(() => parseCrisisSettings(JSON.stringify(noStrip))).toThrow(/at least one line marked "strip": true/);
  });
});
