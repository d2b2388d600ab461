/**
 * The clinic kit's parts that are made from data rather than written by hand:
 * the list of every page and section a clinic can link to, and the intake
 * emails, in plain text and HTML, in each language (their words are in
 * src/lib/i18n/<lang>/clinic-kit.ts). Pure functions, so the build and the
 * tests agree on every address.
 */

import { helpSentence, type CrisisLine } from './crisis';
import { dictionaryFor } from './i18n/dictionary';
import { DEFAULT_LANG, type Lang } from './i18n/languages';

/** A heading as Astro's Markdown processor reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

type KitSection = 'emails' | 'newPatient' | 'supportPerson' | 'qrCodes' | 'table';

/**
 * The sections the clinic kit adds after its Markdown, in each language, in
 * the order they appear. Their ids are addresses clinics link to: never
 * change one, and keep them free of accents (an accent arrives in an email
 * percent-encoded).
 */
export const KIT_SECTIONS = {
  en: {
    emails: { depth: 2, slug: 'intake-emails', text: 'Intake email text, ready to paste' },
    newPatient: { depth: 3, slug: 'email-for-a-new-patient', text: 'For a new patient' },
    supportPerson: { depth: 3, slug: 'email-for-a-support-person', text: 'For their support person' },
    qrCodes: { depth: 2, slug: 'qr-codes', text: 'QR codes for printed handouts' },
    table: { depth: 2, slug: 'every-page-and-section', text: 'Links to every page and section' },
  },
  es: {
    emails: { depth: 2, slug: 'correos-de-bienvenida', text: 'Texto para el correo de bienvenida, listo para pegar' },
    newPatient: { depth: 3, slug: 'correo-para-un-paciente-nuevo', text: 'Para un paciente nuevo' },
    supportPerson: { depth: 3, slug: 'correo-para-su-acompanante', text: 'Para su acompañante' },
    qrCodes: { depth: 2, slug: 'codigos-qr', text: 'Códigos QR para hojas impresas' },
    table: { depth: 2, slug: 'cada-pagina-y-seccion', text: 'Enlaces a cada página y sección' },
  },
} as const satisfies Record<Lang, Record<KitSection, Heading>>;

/** The kit's sections in a language, in the order they appear: for the contents list, the link table and the address check. */
export const kitSections = (lang: Lang): Heading[] => Object.values(KIT_SECTIONS[lang]);

export interface GuidePage {
  /** Path without base: "/", "/success/hope/". */
  path: string;
  title: string;
  headings: readonly Heading[];
}

export interface SectionRow {
  /** Path without base, with "#id" for a section. */
  href: string;
  /** The page's title, or the section's heading. */
  text: string;
  /** The page a section belongs to (its own title for a page row). */
  page: string;
  /** 1 for a page, 2 or 3 for its sections. */
  depth: 1 | 2 | 3;
}

/** Every page, then each of its h2 and h3 sections, as rows of the clinic kit's link table. */
export function sectionRows(pages: readonly GuidePage[]): SectionRow[] {
  return pages.flatMap((page) => [
    { href: page.path, text: page.title, page: page.title, depth: 1 as const },
    ...page.headings
      .filter((heading): heading is Heading & { depth: 2 | 3 } => heading.depth === 2 || heading.depth === 3)
      .map((heading) => ({ href: `${page.path}#${heading.slug}`, text: heading.text, page: page.title, depth: heading.depth })),
  ]);
}

/** Pages in the order a reader meets them: those in `order` first, in that order, then the rest as given. */
export function inReadingOrder<P extends { path: string }>(pages: readonly P[], order: readonly string[]): P[] {
  const rank = (page: P) => {
    const at = order.indexOf(page.path);
    return at < 0 ? order.length : at;
  };
  return pages.map((page, index) => ({ page, index })).sort((a, b) => rank(a.page) - rank(b.page) || a.index - b.index).map(({ page }) => page);
}

/* ---------- Intake emails ---------- */

export interface EmailSettings {
  siteName: string;
  clinicName: string;
  clinicPhone: string;
  /** Whom to call in a crisis, from site.config.ts: the emails name no number of their own. */
  helpLines: readonly CrisisLine[];
  /** Turns a path like "/support/" into the address a reader can open. */
  url: (path: string) => string;
  /** The language the emails are written in, and link to pages of; English unless given. */
  lang?: Lang;
}

export interface EmailLink {
  label: string;
  href: string;
}

export interface IntakeEmail {
  /** The anchor of the kit section that shows it. */
  id: (typeof KIT_SECTIONS)[Lang]['newPatient' | 'supportPerson']['slug'];
  subject: string;
  /** Paragraphs before the links. */
  opening: string[];
  links: EmailLink[];
  /** Paragraphs after the links. */
  closing: string[];
  signature: string;
}

/** What a clinic that has not filled in its details sees, to replace before sending (in an English email). */
export const BLANK_NAME = dictionaryFor(DEFAULT_LANG).clinicKit.intakeEmails.blankName;
export const BLANK_PHONE = dictionaryFor(DEFAULT_LANG).clinicKit.intakeEmails.blankPhone;

/** The two intake emails, for a new patient and for their support person, in the language asked for. */
export function intakeEmails({ siteName, clinicName, clinicPhone, helpLines, url, lang = DEFAULT_LANG }: EmailSettings): IntakeEmail[] {
  const words = dictionaryFor(lang).clinicKit.intakeEmails;
  const sections = KIT_SECTIONS[lang];
  const clinic = clinicName || words.blankName;
  const phone = clinicPhone || words.blankPhone;
  const help = words.help(helpSentence(helpLines));
  const links = (list: readonly { label: string; path: string }[]) => list.map(({ label, path }) => ({ label, href: url(path) }));
  return [
    {
      id: sections.newPatient.slug,
      subject: words.newPatient.subject,
      opening: [...words.newPatient.opening(clinic, siteName)],
      links: links(words.newPatient.links),
      closing: [...words.newPatient.closing(phone), help],
      signature: clinic,
    },
    {
      id: sections.supportPerson.slug,
      subject: words.supportPerson.subject,
      opening: [...words.supportPerson.opening(clinic)],
      links: links(words.supportPerson.links),
      closing: [...words.supportPerson.closing(phone), help],
      signature: clinic,
    },
  ];
}

/** The email's body as plain text, ready to paste: paragraphs apart, each link on its own line. */
export function emailText(email: IntakeEmail): string {
  const links = email.links.map((link) => `- ${link.label}: ${link.href}`).join('\n');
  return [...email.opening, links, ...email.closing, email.signature].join('\n\n');
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The email as HTML, for an email template editor: paragraphs and a list of links, nothing else. */
export function emailHtml(email: IntakeEmail): string {
  const p = (text: string) => `<p>${escapeHtml(text)}</p>`;
  const links = email.links.map((link) => `  <li><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></li>`).join('\n');
  return [...email.opening.map(p), `<ul>\n${links}\n</ul>`, ...email.closing.map(p), p(email.signature)].join('\n');
}
