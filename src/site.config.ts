/**
 * Site-wide settings in one place. A clinic that deploys its own copy of the
 * guide edits only this file to put its name, address and phone on every page.
 */
import { parseCrisisByLang, type CrisisSettings } from './lib/crisis';
import type { Lang } from './lib/i18n/languages';

/**
 * A setting a build can give in the environment instead of editing this file
 * (CI, tests, one build per clinic). Editing the value after `??` is the usual way.
 */
const fromEnv = (name: string): string | undefined => process.env[name]?.trim() || undefined;

/**
 * How to get help now, in the United States. A copy for another country
 * replaces these lines (or sets SITE_CRISIS to the same shape as JSON): the
 * help strip, the pages' `{{help-lines}}` and `{{emergency-number}}`, the
 * journal's safety note and the clinic kit's emails all take their numbers
 * from here, and none of them names a number of its own.
 */
const usCrisis: CrisisSettings = {
  heading: 'Need help now?',
  emergencyNumber: '911',
  lines: [
    { action: 'Call 988', detail: 'Suicide & Crisis Lifeline, US, free, 24/7', href: 'tel:988', strip: true },
    { action: 'Text 988', detail: 'the same Lifeline, by text message', href: 'sms:988', strip: true },
    { action: 'Chat at 988lifeline.org', detail: 'the Lifeline online', href: 'https://988lifeline.org' },
    { action: 'Veterans: call 988 and press 1', detail: 'Veterans Crisis Line, or text 838255', href: 'tel:988' },
    { action: 'En español: llame al 988 y marque 2', detail: 'o envíe AYUDA al 988 por mensaje de texto', href: 'tel:988', lang: 'es' },
    { action: 'Call 911', detail: 'if you or someone else is in danger right now', href: 'tel:911', strip: true },
    { action: 'findahelpline.com', detail: 'free helplines outside the US', href: 'https://findahelpline.com', strip: true },
  ],
};

/** The same help, in Spanish, for the Spanish pages: the Lifeline answers in Spanish on 988 (press 2, or text AYUDA). */
const usCrisisSpanish: CrisisSettings = {
  // Short, so that on a phone the strip under the header keeps to two lines, as the English one does.
  heading: '¿Necesita ayuda?',
  emergencyNumber: '911',
  lines: [
    { action: 'Llame al 988, marque 2', detail: 'Línea 988 de Prevención del Suicidio y Crisis, en español, gratis, 24/7', href: 'tel:988', strip: true },
    { action: 'Envíe AYUDA al 988', detail: 'la misma línea, por mensaje de texto', href: 'sms:988?body=AYUDA', strip: true },
    { action: 'Chat en 988lineadevida.org', detail: 'la línea en internet, en español', href: 'https://988lineadevida.org' },
    { action: 'Llame al 911', detail: 'si usted u otra persona corre peligro ahora', href: 'tel:911', strip: true },
    { action: 'findahelpline.com', detail: 'líneas de ayuda gratis fuera de EE. UU.', href: 'https://findahelpline.com' },
  ],
};

export const site = {
  name: fromEnv('SITE_NAME') ?? 'What Success Looks Like',
  /** The production origin, used for canonical URLs, the sitemap and link previews. */
  url: process.env['SITE_URL'] ?? 'https://ketamine-success.example.org',
  /**
   * The Spanish edition under /es/. A copy that should not offer it sets this
   * to false (or SPANISH_EDITION=off): no Spanish page, link or search is built.
   */
  spanishEdition: fromEnv('SPANISH_EDITION') !== 'off',
  /** Who publishes this copy of the guide (shown in the footer). */
  publisher: { en: 'The What Success Looks Like project', es: 'el proyecto What Success Looks Like' } satisfies Record<Lang, string>,
  /**
   * The clinic that offers this copy to its patients: its name is shown as
   * the publisher, its phone in the footer, and both fill in the clinic kit's
   * intake emails. The project's own copy leaves them empty (the emails then
   * show blanks for a clinic to fill in).
   */
  clinic: {
    name: fromEnv('CLINIC_NAME') ?? '',
    /** As it should be shown, e.g. "(503) 555-0142". */
    phone: fromEnv('CLINIC_PHONE') ?? '',
  },
  /** The material the guide is built on, credited on every page. */
  attribution: {
    title: 'What is Ketamine Treatment Success?',
    author: 'NW Ketamine Infusion',
    isoDate: '2023-08-04',
  },
  /** Where a reader reports an error on a page (shown on /quality/): an email address. */
  corrections: fromEnv('CORRECTIONS_EMAIL') ?? 'corrections@ketamine-success.example.org',
  /** Content pages must be reviewed at least this often (checked by the build). */
  reviewPeriodMonths: 12,
  /** Help now in each language (SITE_CRISIS: one set for every language, or {"en": ..., "es": ...}). */
  crisis: (fromEnv('SITE_CRISIS') ? parseCrisisByLang(fromEnv('SITE_CRISIS')!) : { en: usCrisis, es: usCrisisSpanish }) satisfies Record<Lang, CrisisSettings>,
} as const;
