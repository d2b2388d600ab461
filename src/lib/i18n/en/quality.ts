/**
 * The words /quality/ adds after its Markdown: who publishes this copy, how
 * to report an error, and the table of every page's figures. Each section
 * heading keeps its published id; words with names or numbers in them are
 * functions, so each language puts them where its grammar wants them.
 */
export const quality = {
  sections: {
    publisher: { id: 'who-publishes-this-copy', text: 'Who publishes this copy' },
    corrections: { id: 'report-an-error', text: 'Report an error' },
    table: { id: 'every-page-and-its-checks', text: 'Every page and its checks' },
  },
  publishedByClinic: (clinic: string) =>
    `This copy of the guide is published by ${clinic}. A clinic may offer the treatments this guide describes, so it has an interest in them. The words are the guide's own, checked the same way as every copy.`,
  publishedByProject: (publisher: string) =>
    `This copy is published by ${publisher}. It sells no treatment and has no ads and no sponsor. No clinic or drug maker pays for it or has a say in what it says.`,
  /** The sentence before the corrections address, and the sentences after it. */
  correctionsBefore: 'If you find a mistake, a broken link or something hard to understand, please tell us:',
  correctionsAfter: "Say which page, and what is wrong. We check every report and fix what is wrong before the page's next review.",
  errorSubject: (siteName: string) => `An error in "${siteName}"`,
  tableIntro: (reviewMonths: number, readingLimit: number) =>
    `The figures below are read from the pages as they are built, by the same code that tests them. A page without review dates, or with its next review more than ${reviewMonths} months after the last, stops the build. A page above grade ${readingLimit} fails the tests, and a change is published only when the tests pass.`,
  tableLabel: "Table of every page's checks, which scrolls sideways on a small screen",
  caption: 'Reading grade, words, review dates, sources and the “In short” box of every page',
  columns: {
    page: 'Page',
    readability: (readingLimit: number) => `Reading grade (${readingLimit} or below)`,
    words: 'Words',
    lastReviewed: 'Last reviewed',
    nextReview: 'Next review due',
    sources: 'Sources',
    inShortFirst: '“In short” first',
  },
  yes: 'Yes',
  no: 'No',
} as const;
