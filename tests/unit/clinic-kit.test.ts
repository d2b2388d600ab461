import { describe, expect, it } from 'vitest';
import {
  BLANK_NAME,
  BLANK_PHONE,
  emailHtml,
  emailText,
  escapeHtml,
  inReadingOrder,
  intakeEmails,
  KIT_SECTIONS,
  sectionRows,
} from '../../src/lib/clinic-kit';
import { stripLines } from '../../src/lib/crisis';
import { absoluteUrl, telHref } from '../../src/lib/paths';
import { site } from '../../src/site.config';

describe('sectionRows', () => {
  const pages = [
    {
      path: '/basics/',
      title: 'The basics',
      headings: [
        { depth: 2, slug: 'what-is-ketamine', text: 'What is ketamine?' },
        { depth: 3, slug: 'a-detail', text: 'A detail' },
        { depth: 4, slug: 'too-deep', text: 'Too deep' },
      ],
    },
    { path: '/success/hope/', title: 'Hope', headings: [] },
  ];

  it('lists each page, then its h2 and h3 sections with their anchors', () => {
    expect(sectionRows(pages)).toEqual([
      { href: '/basics/', text: 'The basics', page: 'The basics', depth: 1 },
      { href: '/basics/#what-is-ketamine', text: 'What is ketamine?', page: 'The basics', depth: 2 },
      { href: '/basics/#a-detail', text: 'A detail', page: 'The basics', depth: 3 },
      { href: '/success/hope/', text: 'Hope', page: 'Hope', depth: 1 },
    ]);
  });
});

describe('inReadingOrder', () => {
  it('puts listed paths first, in their order, and keeps the rest in the order given', () => {
    const pages = ['/sources/', '/factors/', '/', '/clinics/', '/basics/'].map((path) => ({ path }));
    expect(inReadingOrder(pages, ['/', '/basics/', '/factors/']).map((page) => page.path)).toEqual([
      '/',
      '/basics/',
      '/factors/',
      '/sources/',
      '/clinics/',
    ]);
  });
});

describe('intake emails', () => {
  const url = (path: string) => absoluteUrl('https://guide.example-clinic.org', '/guide/', path);
  const helpLines = [{ action: 'Call 999', detail: 'emergency', href: 'tel:999' }];

  it('link to the guide with full addresses, under the base path', () => {
    const [patient, family] = intakeEmails({ siteName: 'The Guide', clinicName: 'Riverside', clinicPhone: '555-0100', helpLines, url });
    expect(patient!.links.map((link) => link.href)).toContain('https://guide.example-clinic.org/guide/basics/');
    expect(family!.links.map((link) => link.href)).toContain('https://guide.example-clinic.org/guide/support/#during-an-infusion');
    for (const email of [patient!, family!]) {
      for (const link of email.links) expect(link.href).toMatch(/^https:\/\/guide\.example-clinic\.org\/guide\//);
    }
  });

  it('carry the clinic’s name and phone, or blanks to fill in when there are none', () => {
    const filled = intakeEmails({ siteName: 'The Guide', clinicName: 'Riverside Clinic', clinicPhone: '(555) 010-0199', helpLines, url });
    for (const email of filled) {
      const text = emailText(email);
      expect(text).toContain('Riverside Clinic');
      expect(text).toContain('(555) 010-0199');
      expect(text).not.toContain(BLANK_NAME);
    }
    const blank = intakeEmails({ siteName: 'The Guide', clinicName: '', clinicPhone: '', helpLines, url });
    for (const email of blank) {
      expect(emailText(email)).toContain(BLANK_NAME);
      expect(emailText(email)).toContain(BLANK_PHONE);
    }
  });

  it('say the same thing in plain text and in HTML', () => {
    for (const email of intakeEmails({ siteName: 'The Guide', clinicName: 'A & B "Care"', clinicPhone: '1', helpLines, url })) {
      const text = emailText(email);
      const html = emailHtml(email);
      for (const link of email.links) {
        expect(text).toContain(link.href);
        expect(html).toContain(`<a href="${link.href}">${escapeHtml(link.label)}</a>`);
      }
      // The HTML, stripped of its tags and entities, has the words of the plain text.
      const words = (s: string) => s.replace(/<[^>]+>/g, ' ').replace(/&quot;/g, '"').replace(/&amp;/g, '&').match(/[\w']+/g);
      expect(words(html)!.filter((w) => !w.startsWith('http'))).toEqual(
        words(text.replace(/^- /gm, '').replace(/: https:\S+/g, ''))!.filter((w) => !w.startsWith('http')),
      );
    }
  });

  it('give the same driving rule as the guide’s pages', () => {
    for (const email of intakeEmails({ siteName: 'The Guide', clinicName: 'Riverside', clinicPhone: '1', helpLines, url })) {
      expect(emailText(email)).toContain('No driving until the next day, after a night’s sleep.');
    }
  });

  it('escape what could break the HTML', () => {
    const [email] = intakeEmails({ siteName: '<b>Guide</b>', clinicName: 'A & B', clinicPhone: '1', helpLines, url });
    const html = emailHtml(email!);
    expect(html).toContain('&lt;b&gt;Guide&lt;/b&gt;');
    expect(html).toContain('A &amp; B');
    expect(html).not.toContain('<b>');
  });
});

describe('intake emails in Spanish', () => {
  const url = (path: string) => absoluteUrl('https://guide.example-clinic.org', '/guide/', path);
  const helpLines = stripLines(site.crisis.es);
  const spanish = (clinicName = 'Clínica Riverside', clinicPhone = '(555) 010-0199') =>
    intakeEmails({ siteName: 'La Guía', clinicName, clinicPhone, helpLines, url, lang: 'es' });
  const everything = (email: ReturnType<typeof spanish>[number]) => [email.subject, emailText(email), emailHtml(email)].join('\n');

  it('link to the Spanish pages, with full addresses under the base path', () => {
    const [patient, family] = spanish();
    expect(patient!.links.map((link) => link.href)).toContain('https://guide.example-clinic.org/guide/es/conceptos-basicos/');
    expect(family!.links.map((link) => link.href)).toContain('https://guide.example-clinic.org/guide/es/familia/#durante-la-infusion');
    for (const email of [patient!, family!]) {
      for (const link of email.links) expect(link.href).toMatch(/^https:\/\/guide\.example-clinic\.org\/guide\/es\/[a-z-]+\//);
    }
  });

  it('give the Spanish help lines', () => {
    for (const email of spanish()) {
      const text = emailText(email);
      expect(text).toContain(`Si alguna vez necesita ayuda de inmediato: ${helpLines[0]!.action} (`);
      for (const line of helpLines) expect(text).toContain(line.action);
    }
  });

  it('say nothing in English', () => {
    for (const email of spanish('', '')) {
      for (const english of ['Subject', 'Hello', 'Call 988', 'Text 988', 'Call us', 'Questions', 'driving', 'Please', 'ketamine therapy', 'the guide', BLANK_NAME, BLANK_PHONE]) {
        expect(everything(email)).not.toContain(english);
      }
      expect(emailText(email)).toContain('[nombre de la clínica]');
      expect(emailText(email)).toContain('[número de teléfono]');
    }
  });

  it('give the same rules for the ride home as the Spanish pages', () => {
    const [patient, family] = spanish().map(emailText);
    expect(patient).toContain('Por favor, planee que alguien le lleve a casa después de cada visita.');
    expect(patient).toContain('No maneje hasta el día siguiente, después de una noche de sueño.');
    expect(family).toContain('Por favor, planee llevar a esa persona a casa después de cada visita.');
    expect(family).toContain('No debe manejar hasta el día siguiente, después de una noche de sueño.');
  });

  it('say the same thing in plain text and in HTML, and are shown under the Spanish kit’s headings', () => {
    const ids = [KIT_SECTIONS.es.newPatient.slug, KIT_SECTIONS.es.supportPerson.slug];
    expect(spanish().map((email) => email.id)).toEqual(ids);
    for (const email of spanish('Clínica "A & B"')) {
      const html = emailHtml(email);
      for (const line of [...email.opening, ...email.closing, email.signature]) expect(html).toContain(`<p>${escapeHtml(line)}</p>`);
      for (const link of email.links) expect(html).toContain(`<a href="${link.href}">${escapeHtml(link.label)}</a>`);
    }
  });
});

describe('the clinic kit’s own sections', () => {
  it('have ids without accents in every language, as addresses in an email need', () => {
    for (const sections of Object.values(KIT_SECTIONS)) {
      for (const { slug } of Object.values(sections)) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });
});

describe('absoluteUrl and telHref', () => {
  it('joins the site URL, the base path and a page path', () => {
    expect(absoluteUrl('https://example.org', '/', '/support/#during-an-infusion')).toBe('https://example.org/support/#during-an-infusion');
    expect(absoluteUrl('https://example.org/', '/guide/', '/')).toBe('https://example.org/guide/');
  });
  it('keeps only the digits of a phone number, and a leading +', () => {
    expect(telHref('(503) 555-0142')).toBe('tel:5035550142');
    expect(telHref('+44 20 7946 0958')).toBe('tel:+442079460958');
  });
});
