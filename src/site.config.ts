/**
 * Site-wide settings in one place. A clinic that deploys its own copy of the
 * guide edits only this file to put its name, address and phone on every page.
 */
export interface CrisisLine {
  /** What the reader does, in a few words: "Call or text 988". */
  action: string;
  /** Who answers, shown after the action. */
  detail: string;
  /** A `tel:`, `sms:` or `https:` link that starts the action on a phone. */
  href: string;
}

/**
 * A setting a build can give in the environment instead of editing this file
 * (CI, tests, one build per clinic). Editing the value after `??` is the usual way.
 */
const fromEnv = (name: string): string | undefined => process.env[name]?.trim() || undefined;

export const site = {
  name: fromEnv('SITE_NAME') ?? 'What Success Looks Like',
  tagline: 'A plain-language guide to ketamine therapy',
  /** The production origin, used for canonical URLs, the sitemap and link previews. */
  url: process.env['SITE_URL'] ?? 'https://ketamine-success.example.org',
  lang: 'en',
  /** Who publishes this copy of the guide (shown in the footer). */
  publisher: 'The What Success Looks Like project',
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
    date: 'August 4, 2023',
    isoDate: '2023-08-04',
  },
  /** Content pages must be reviewed at least this often (checked by the build). */
  reviewPeriodMonths: 12,
  crisis: {
    heading: 'Need help now?',
    lines: [
      { action: 'Call or text 988', detail: 'Suicide & Crisis Lifeline, US, free, 24/7', href: 'tel:988' },
      { action: 'Call 911', detail: 'if you or someone else is in danger right now', href: 'tel:911' },
      { action: 'findahelpline.com', detail: 'free helplines outside the US', href: 'https://findahelpline.com' },
    ] satisfies CrisisLine[],
  },
} as const;
