/**
 * The words of the clinic kit's tools (/clinics/): the intake emails, the QR
 * codes and the table of every page and section. The kit's own headings and
 * their ids are in src/lib/clinic-kit.ts (KIT_SECTIONS), with the sections.
 */
export const clinicKit = {
  emails: {
    intro: 'Paste one of these into your welcome email. The plain text works in any email program. The HTML version is for email templates.',
    fillBlanks: "Replace the parts in square brackets with your clinic's details, or set them once in this site's settings.",
    subject: 'Subject:',
    copySubject: 'Copy subject',
    copyText: 'Copy plain text',
    copyHtml: 'Copy HTML',
    showHtml: 'Show the HTML version',
  },
  qrCodes: {
    intro: "A phone's camera can open these. Print this page and cut out the codes you need, for handouts or a poster in your waiting room.",
    home: 'Home',
    /** The code's name for screen readers: it is an image of the address. */
    label: (url: string) => `QR code for ${url}`,
  },
  table: {
    intro: (pages: number, sections: number) =>
      `Link to a whole page, or straight to the section a patient needs. This list is made from the guide itself each time the site is built, so it is always complete: ${pages} pages and ${sections} sections.`,
    caption: 'Every page and section of the guide, each with a link that copies its address',
    pageOrSection: 'Page or section',
    copyAddress: 'Copy the address',
    copyLink: 'Copy link',
    /** A row's button, named for its page, or its page and section. */
    copyLinkLabel: (name: string) => `Copy link: ${name}`,
    pageAndSection: (page: string, section: string) => `${page}, ${section}`,
  },
  /**
   * The emails themselves. Their links are paths on this site (the kit makes
   * them full addresses); their help lines come from site.config.ts, so no
   * number is written here.
   */
  intakeEmails: {
    blankName: '[clinic name]',
    blankPhone: '[phone number]',
    help: (lines: string) => `If you ever need help right away: ${lines}`,
    newPatient: {
      subject: 'Before your first visit: what success can look like',
      opening: (clinic: string, siteName: string) => [
        'Hello,',
        `Before you start ketamine therapy with ${clinic}, you may like to read "${siteName}". It is a free guide in plain words. It explains what success can look like, and what helps it last.`,
        'A good place to start:',
      ],
      links: [
        { label: 'The basics of ketamine therapy', path: '/basics/' },
        { label: 'What success can look like', path: '/success/' },
        { label: 'What helps treatment work', path: '/factors/' },
        { label: 'For the person who comes with you', path: '/support/' },
      ],
      closing: (phone: string) => [
        'Please plan for someone to take you home after each visit. No driving until the next day, after a night’s sleep.',
        `The guide is not medical advice. Bring your questions to us: call ${phone}.`,
      ],
    },
    supportPerson: {
      subject: 'How you can help on treatment days',
      opening: (clinic: string) => [
        'Hello,',
        `Someone close to you is starting ketamine therapy with ${clinic}, and they may ask you to come along. This free guide explains how family and friends can help, before, during and after each visit. It prints as a two-page checklist.`,
      ],
      links: [
        { label: 'How to support someone through treatment', path: '/support/' },
        { label: 'What you may see during an infusion', path: '/support/#during-an-infusion' },
        { label: 'The basics of ketamine therapy', path: '/basics/' },
      ],
      closing: (phone: string) => ['Please plan to take them home after each visit. No driving until the next day, after a night’s sleep.', `Questions? Call us at ${phone}.`],
    },
  },
} as const;
