/**
 * The clinic kit's parts that are made from data rather than written by hand:
 * the list of every page and section a clinic can link to, and the intake
 * emails, in plain text and HTML. Pure functions, so the build and the tests
 * agree on every address.
 */

import { helpSentence, type CrisisLine } from './crisis';

/** A heading as Astro's Markdown processor reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** The sections the clinic kit adds after its Markdown, in the order they appear. */
export const KIT_SECTIONS = [
  { depth: 2, slug: 'intake-emails', text: 'Intake email text, ready to paste' },
  { depth: 3, slug: 'email-for-a-new-patient', text: 'For a new patient' },
  { depth: 3, slug: 'email-for-a-support-person', text: 'For their support person' },
  { depth: 2, slug: 'qr-codes', text: 'QR codes for printed handouts' },
  { depth: 2, slug: 'every-page-and-section', text: 'Links to every page and section' },
] as const satisfies readonly Heading[];

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
}

export interface EmailLink {
  label: string;
  href: string;
}

export interface IntakeEmail {
  /** The anchor of the kit section that shows it. */
  id: 'email-for-a-new-patient' | 'email-for-a-support-person';
  subject: string;
  /** Paragraphs before the links. */
  opening: string[];
  links: EmailLink[];
  /** Paragraphs after the links. */
  closing: string[];
  signature: string;
}

/** What a clinic that has not filled in its details sees, to replace before sending. */
export const BLANK_NAME = '[clinic name]';
export const BLANK_PHONE = '[phone number]';

export function intakeEmails({ siteName, clinicName, clinicPhone, helpLines, url }: EmailSettings): IntakeEmail[] {
  const clinic = clinicName || BLANK_NAME;
  const phone = clinicPhone || BLANK_PHONE;
  const help = `If you ever need help right away: ${helpSentence(helpLines)}`;
  return [
    {
      id: 'email-for-a-new-patient',
      subject: 'Before your first visit: what success can look like',
      opening: [
        'Hello,',
        `Before you start ketamine therapy with ${clinic}, you may like to read "${siteName}". It is a free guide in plain words. It explains what success can look like, and what helps it last.`,
        'A good place to start:',
      ],
      links: [
        { label: 'The basics of ketamine therapy', href: url('/basics/') },
        { label: 'What success can look like', href: url('/success/') },
        { label: 'What helps treatment work', href: url('/factors/') },
        { label: 'For the person who comes with you', href: url('/support/') },
      ],
      closing: [
        'Please plan for someone to take you home after each visit. No driving until the next day, after a night’s sleep.',
        `The guide is not medical advice. Bring your questions to us: call ${phone}.`,
        help,
      ],
      signature: clinic,
    },
    {
      id: 'email-for-a-support-person',
      subject: 'How you can help on treatment days',
      opening: [
        'Hello,',
        `Someone close to you is starting ketamine therapy with ${clinic}, and they may ask you to come along. This free guide explains how family and friends can help, before, during and after each visit. It prints as a two-page checklist.`,
      ],
      links: [
        { label: 'How to support someone through treatment', href: url('/support/') },
        { label: 'What you may see during an infusion', href: url('/support/#during-an-infusion') },
        { label: 'The basics of ketamine therapy', href: url('/basics/') },
      ],
      closing: [
        'Please plan to take them home after each visit. No driving until the next day, after a night’s sleep.',
        `Questions? Call us at ${phone}.`,
        help,
      ],
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
