/**
 * A clinic rebrands its copy of the guide in src/site.config.ts; a build can
 * give the same settings in the environment. This builds the real site with
 * another name, clinic, phone and address, and reads the pages a patient
 * and a clinic would see.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
// A clinic in the UK: its patients must never be told to dial a US number.
const ukCrisis = {
  heading: 'Need help now?',
  emergencyNumber: '999',
  lines: [
    { action: 'Call 999', detail: 'if you or someone else is in danger right now', href: 'tel:999', strip: true },
    { action: 'Call NHS 111', detail: 'urgent medical help, 24/7', href: 'tel:111', strip: true },
    { action: 'Call Samaritans on 116 123', detail: 'free, 24/7', href: 'tel:116123', strip: true },
    { action: 'findahelpline.com', detail: 'free helplines in other countries', href: 'https://findahelpline.com' },
  ],
};
const brand = {
  SITE_NAME: 'Riverside Recovery Guide',
  CLINIC_NAME: 'Riverside Ketamine Clinic',
  CLINIC_PHONE: '(555) 010-0199',
  SITE_URL: 'https://guide.riverside-clinic.example',
  SITE_CRISIS: JSON.stringify(ukCrisis),
  // A copy for English readers only: the Spanish edition is turned off.
  SPANISH_EDITION: 'off',
};
const outDir = mkdtempSync(join(tmpdir(), 'rebrand-'));
const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
/** Every file of the built site a reader's browser is sent, but the binary search index. */
const builtFiles = (): string[] =>
  readdirSync(outDir, { recursive: true, encoding: 'utf8' }).filter((file) => /\.(?:html|js|css|xml|txt|json)$/.test(file) && !file.startsWith('pagefind'));
const footerOf = (html: string) => html.match(/<footer[\s\S]*<\/footer>/)?.[0] ?? '';

beforeAll(async () => {
  // The real content, at the root: whatever the surrounding shell has set for other builds does not apply.
  const { BASE_PATH: _base, CONTENT_DIR: _content, ...inherited } = process.env;
  const env = { ...inherited, ...brand, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' };
  await run('npx', ['astro', 'build'], { env, timeout: 240_000, maxBuffer: 32 * 1024 * 1024 });
}, 300_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describe('a clinic’s own copy', () => {
  it('builds no Spanish page, language link or alternate when the Spanish edition is off', () => {
    expect(readdirSync(outDir)).not.toContain('es');
    const home = page('');
    expect(home).not.toMatch(/hreflang/);
    expect(home).not.toContain('>Español<');
    expect(readFileSync(join(outDir, 'sitemap-0.xml'), 'utf8')).not.toContain('/es/');
  });

  it('names the clinic and its phone in the footer of every kind of page', () => {
    for (const path of ['', 'support', 'success/hope', 'clinics']) {
      const footer = footerOf(page(path));
      expect(footer, `/${path}/ footer`).toContain(`Published by ${brand.CLINIC_NAME}.`);
      expect(footer, `/${path}/ footer`).toContain(`Call ${brand.CLINIC_NAME} at`);
      expect(footer, `/${path}/ footer`).toContain(`<a href="tel:5550100199"`);
      expect(footer, `/${path}/ footer`).toContain(brand.CLINIC_PHONE);
    }
  });

  it('shows its own name in the header and the title', () => {
    const home = page('');
    expect(home).toMatch(new RegExp(`<title>${brand.SITE_NAME}: `));
    expect(home.match(/<header[\s\S]*<\/header>/)?.[0]).toContain(brand.SITE_NAME);
  });

  it('fills the clinic kit’s emails with the clinic’s name, phone and addresses', () => {
    const kit = page('clinics');
    const emails = [...kit.matchAll(/<pre id="email-[^"]+-text"[^>]*>([\s\S]*?)<\/pre>/g)].map((m) => m[1]!);
    expect(emails).toHaveLength(2);
    for (const email of emails) {
      expect(email).toContain(brand.CLINIC_NAME);
      expect(email).toContain(brand.CLINIC_PHONE);
      expect(email).toContain(`${brand.SITE_URL}/support/`);
      expect(email).not.toContain('[clinic name]');
      expect(email).not.toContain('ketamine-success.example.org');
    }
    expect(emails[0]).toContain(brand.SITE_NAME);
  });

  it('gives the QR codes and the copy buttons the clinic’s address', () => {
    const kit = page('clinics');
    expect(kit).toContain(`data-qr="${brand.SITE_URL}/support/"`);
    expect(kit).toContain(`href="${brand.SITE_URL}/basics/#what-is-ketamine"`);
  });

  it('never tells its readers to dial a US number: not on a page, in the journal or in an email', () => {
    const us: string[] = [];
    for (const file of builtFiles()) {
      // Hashes in the page's policy are letters and digits by chance, not numbers anyone dials.
      const text = readFileSync(join(outDir, file), 'utf8').replace(/'sha(?:256|384|512)-[A-Za-z0-9+/=]+'/g, '');
      for (const match of text.matchAll(/.{0,40}(?<![\d.])(?:988|911)(?![\d.]).{0,40}/g)) us.push(`${file}: …${match[0]}…`);
    }
    expect(builtFiles().length).toBeGreaterThan(20);
    expect(us).toEqual([]);
  });

  it('gives its own lines in the help strip, the pages’ text, the journal and the emails', () => {
    const strip = (html: string) => html.match(/<aside aria-label="Help now"[\s\S]*?<\/aside>/)?.[0] ?? '';
    for (const path of ['', 'basics', 'journal']) expect(strip(page(path)), `/${path}/ help strip`).toContain('href="tel:116123"');
    // A page that lists the lines in its own words, and says when to call an ambulance.
    const safety = page('safety');
    expect(safety).toMatch(/<ul data-help-lines[^>]*>[\s\S]*Samaritans/);
    expect(safety).toContain('href="tel:999"');
    // The journal's safety alert and printed summary are made from these settings in the browser.
    const settings = page('journal').match(/data-settings="([^"]+)"/)?.[1]?.replace(/&quot;/g, '"').replace(/&amp;/g, '&');
    expect(JSON.parse(settings!)).toEqual({ siteName: brand.SITE_NAME, helpLines: ukCrisis.lines.filter((line) => line.strip) });
    const emails = [...page('clinics').matchAll(/<pre id="email-[^"]+-text"[^>]*>([\s\S]*?)<\/pre>/g)].map((m) => m[1]!);
    for (const email of emails) expect(email).toContain('Call Samaritans on 116 123');
  });
});
