/**
 * The words of search: the header button, the dialog, the search page, the
 * filters, the results and what the live region says. Sentences that hold
 * numbers or the reader's words are functions, so that each language builds
 * them in its own order and with its own plurals; the reader's words arrive
 * already quoted (search-messages.ts).
 */
export const search = {
  button: 'Search',
  needsJavaScript: '(needs JavaScript)',
  dialogTitle: 'Search the guide',
  close: 'Close',
  dialogInputLabel: 'Search words or a question',
  placeholder: 'Ask in your own words',
  page: {
    title: 'Search',
    description: 'Search the guide to success in ketamine therapy: ask in your own words.',
    heading: 'Search the guide',
    inputLabel: 'Search the guide',
    submit: 'Search',
    results: 'Results',
    withoutJavaScript: 'Search needs JavaScript, which is turned off in your browser. You can still reach every page from the parts of the guide below.',
  },
  filters: {
    part: 'Part of the guide',
    allParts: 'All parts',
    reader: 'Written for',
    everyone: 'Everyone',
    /** The readers a page can be written for (front-matter `audience`). */
    readers: { patient: 'Patients', family: 'Family and friends', clinic: 'Clinics' },
  },
  /** The name of the help-now box a search that suggests a crisis shows first. */
  helpFirst: 'Help now',
  partsList: 'The parts of the guide',
  matches: (words: string) => `Matches: ${words}`,
  sectionsOf: (title: string) => `Sections of ${title}`,
  status: {
    prompt: 'Type a word or a question, for example “sleep” or “can my partner come with me”.',
    searching: 'Searching…',
    unavailable: (partsBelow: boolean) =>
      `Search cannot load right now. Please check your connection and try again in a moment, or ${partsBelow ? 'go straight to a part of the guide below.' : 'go straight to a part of the guide:'}`,
    noWords: (query: string) => `${query} has no words to search for. Try a word such as “sleep”, “family” or “medicine”.`,
    cutCharacters: (max: number) => `Only the first ${max} characters were searched.`,
    cutWords: (max: number) => `Only the first ${max} words were searched.`,
    /** Where the search looked, when filters narrow it: " in What helps, for Clinics". */
    scope: (part: string | undefined, reader: string | undefined) =>
      `${part ? ` in ${part}` : ''}${part && reader ? ',' : ''}${reader ? ` for ${reader}` : ''}`,
    none: (scope: string, query: string) =>
      `No pages${scope} match ${query}.${scope ? ' Try all parts of the guide and all readers, or other words.' : ' Try other or fewer words.'}`,
    all: (found: number, scope: string, query: string) => `${found} ${found === 1 ? 'page' : 'pages'}${scope} ${found === 1 ? 'matches' : 'match'} ${query}.`,
    some: (found: number, scope: string, query: string) =>
      `No page${scope} matches all of ${query}. ${found} ${found === 1 ? 'page matches' : 'pages match'} some of its words.`,
    best: (shown: number) => `The ${shown} best are shown.`,
    unknown: (words: string) => `Nothing in the guide matches ${words}.`,
  },
} as const;
