/**
 * The journal's interface words, in English: every other language has the
 * same keys. `journalScript` is what the script says in the browser (it is
 * bundled with the script, so it holds nothing the script does not say);
 * `page` is what the built page says. Words with numbers or names in them
 * are functions, so each language can put them where its grammar wants them.
 */

const points = (n: number) => (n === 1 ? '1 point' : `${n} points`);

/** "1 check-in", "3 check-ins". */
const checkIns = (n: number) => (n === 1 ? '1 check-in' : `${n} check-ins`);

export const journalScript = {
  /** How dates are written: "May 3, 2026". */
  locale: 'en-US',
  topics: { phq9: 'depression', gad7: 'anxiety' },
  /** The published band names. */
  bands: { minimal: 'minimal', mild: 'mild', moderate: 'moderate', moderatelySevere: 'moderately severe', severe: 'severe' },
  /** "12 out of 27: moderate (10–14)". */
  score: (score: number, max: number, band: string, from: number, to: number) => `${score} out of ${max}: ${band} (${from}–${to})`,
  /** What a chart and a card are about: "PHQ-9 (depression)". */
  seriesLabel: (name: string, topic: string) => `${name} (${topic})`,

  /** The change since the first check-in. "Response" and "remission" are the research terms, as our references define them. */
  change: {
    firstScore: (name: string) => `This is your first ${name} score. Later scores will be compared with it.`,
    sameScore: (first: number) => `The same as your first score (${first}).`,
    scoreUp: (by: number, first: number, latest: number, topic: string) =>
      `Up by ${points(by)} since your first score (from ${first} to ${latest}). A higher score means more signs of ${topic}. It is worth talking about with your care team.`,
    scoreDown: (by: number, first: number, latest: number) => `Down by ${points(by)} since your first score (from ${first} to ${latest}).`,
    halved: 'That is down by half or more: studies call this a response.',
    notHalved: 'Studies call a drop of half or more a response.',
    remission: 'A PHQ-9 score below 5 is what studies call remission.',
    firstRating: 'This is your first rating. Later ones will be compared with it.',
    sameRating: (first: number) => `The same as your first rating (${first}).`,
    ratingUp: (by: number, first: number, latest: number) => `Up by ${points(by)} since your first rating (from ${first} to ${latest}).`,
    ratingDown: (by: number, first: number, latest: number) => `Down by ${points(by)} since your first rating (from ${first} to ${latest}).`,
  },

  chart: {
    title: (label: string) => `${label} over time`,
    caption: 'The same numbers are in the table of all check-ins below.',
    /** The chart in one sentence, for screen readers. */
    empty: (label: string) => `${label}: no check-ins yet.`,
    one: (label: string, value: number, max: number, day: string) => `${label}: 1 check-in, ${value} out of ${max} on ${day}.`,
    many: (label: string, count: number, first: number, firstDay: string, last: number, lastDay: string, max: number) =>
      `${label}: ${count} check-ins, from ${first} on ${firstDay} to ${last} on ${lastDay}, out of ${max}.`,
  },

  goals: {
    savedNone: 'Saved. You have not chosen anything to follow yet.',
    saved: (following: number, of: number) => `Saved. You are following ${following} of ${of}.`,
  },

  checkIn: {
    betterWouldBe: (better: string) => `Better would be: ${better}`,
    /** Read out as soon as PHQ-9 item 9 is answered with anything but the first answer; `lines` is the help lines in one sentence. */
    helpNow: (lines: string) => `Help is there for you now. ${lines}`,
    saved: (day: string) => `Saved your check-in for ${day}. Your progress is below.`,
    chooseDate: 'Choose the date of this check-in.',
    dateAfterToday: 'The date is after today. Please check it.',
    ratingRange: (dimension: string, max: number) => `The rating for ${dimension} should be from 0 to ${max}.`,
    answerAll: (count: number, name: string, left: number) =>
      `Answer all ${count} ${name} questions, or none of them. ${left === 1 ? '1 is' : `${left} are`} not answered yet.`,
    noteTooLong: (max: number) => `The note is longer than ${max} characters.`,
    nothingToSave: 'There is nothing to save yet. Add a rating, a questionnaire or a note.',
  },

  progress: {
    empty: 'Your progress will show here after your first check-in.',
    count: (count: number, firstDay: string, lastDay: string) =>
      count === 1 ? `1 check-in, on ${firstDay}.` : `${count} check-ins, from ${firstDay} to ${lastDay}.`,
    printed: (day: string, siteName: string) => `Printed on ${day} from the success journal of “${siteName}”.`,
    notADiagnosis:
      'These numbers are not a diagnosis. They show how things have changed for you over time. Bring them to your care team and talk about what they mean for you.',
    latest: 'Latest: ',
    outOf: (value: number, max: number) => `${value} out of ${max}`,
    safety: 'In your latest check-in, you said you have had thoughts of being better off dead or of hurting yourself.',
    reachOut: 'Please reach out now, and tell your care team. ',
    goals: 'What I am working toward',
    table: 'All check-ins',
    date: 'Date',
    note: 'Note',
    delete: 'Delete',
    deleteCheckIn: (day: string) => `Delete the check-in of ${day}`,
    confirmDelete: (day: string) => `Delete the check-in of ${day}? This cannot be undone.`,
    deleted: (day: string) => `Deleted the check-in of ${day}.`,
    swipe: 'On a small screen, swipe the table sideways to see every column.',
  },

  data: {
    unreadable: (problem: string) => `What is wrong: ${problem}.`,
    nothingToSave: 'There is nothing to save yet.',
    nothingReadable: 'Use “Save a copy of the saved data” above: the saved journal cannot be read here.',
    jsonSaved: 'Your copy is saved to your downloads. Keep it somewhere private.',
    csvSaved: 'Your table is saved to your downloads.',
    /** What a journal holds, for "This copy has …" and "Your journal now has …". */
    contents: (goals: number, count: number, firstDay: string, lastDay: string) => {
      const chosen = `${goals} chosen part${goals === 1 ? '' : 's'} of success`;
      return count === 0 ? `${chosen} and no check-ins` : `${chosen} and ${checkIns(count)}, from ${firstDay} to ${lastDay}`;
    },
    copyHas: (contents: string) => `This copy has ${contents}.`,
    imported: (contents: string) => `Done. Your journal now has ${contents}.`,
    notImported: (problem: string) => `Nothing was imported, because ${problem}. Your journal has not changed.`,
    importCancelled: 'Nothing was imported. Your journal has not changed.',
    deleted: 'Your journal has been deleted from this browser.',
  },

  /** The names of the files the reader saves. */
  files: {
    json: (day: string) => `success-journal-${day}.json`,
    csv: (day: string) => `success-journal-${day}.csv`,
    unreadable: 'success-journal-unreadable.txt',
  },

  /** The CSV table's header row and band cells. */
  csv: {
    date: 'Date',
    rating: (dimension: string, max: number) => `${dimension} (0-${max})`,
    score: (name: string) => `${name} score`,
    band: (name: string) => `${name} band`,
    item: (name: string, n: number) => `${name} item ${n}`,
    note: 'Note',
    bandCell: (band: string, from: number, to: number) => `${band} (${from}–${to})`,
  },

  /**
   * What is wrong with a journal file, or with what the browser has stored:
   * the end of a sentence that starts "Nothing was imported, because …" or
   * "What is wrong: …". `source` is `theFile` or `theSavedJournal`.
   */
  problems: {
    theFile: 'the file',
    theSavedJournal: 'the saved journal',
    goal: (n: number) => `goal ${n}`,
    checkIn: (n: number) => `check-in ${n}`,
    /** A field of a goal or a check-in: "goal 1's dimension". */
    fieldOf: (owner: string, field: 'dimension' | 'better' | 'id' | 'date' | 'note' | 'PHQ-9' | 'GAD-7') =>
      `${owner}'s ${field === 'better' ? '"better" text' : field}`,
    unknownField: (where: string, key: string) => `${where} has a field this journal does not use: ${key}`,
    missingField: (where: string, key: string) => `${where} is missing the field "${key}"`,
    notText: (where: string) => `${where} should be text`,
    tooLong: (where: string, max: number) => `${where} is longer than ${max} characters`,
    answerList: (where: string, count: number) => `${where} should be null or a list of ${count} answers`,
    answerRange: (where: string, n: number, max: number) => `${where}, answer ${n}, should be a whole number from 0 to ${max}`,
    notGoal: (goal: string) => `${goal} is not a goal`,
    unknownGoal: (goal: string, dimension: string) => `${goal} is about ${dimension}, which is not one of the dimensions of success`,
    notCheckIn: (checkIn: string) => `${checkIn} is not a check-in`,
    badId: (checkIn: string) => `${checkIn}'s id should be letters, digits, - or _`,
    badDate: (checkIn: string) => `${checkIn}'s date should be a real date written as YYYY-MM-DD`,
    ratingsNotList: (checkIn: string) => `${checkIn}'s ratings should be a list of dimension ratings`,
    unknownRating: (checkIn: string, dimension: string) => `${checkIn} rates ${dimension}, which is not one of the dimensions of success`,
    ratingRange: (checkIn: string, dimension: string, max: number) => `${checkIn}'s rating for ${dimension} should be a whole number from 0 to ${max}`,
    wrongVersion: (source: string, version: number) => `${source}'s schemaVersion should be ${version}`,
    goalsNotList: (source: string) => `the goals in ${source} should be a list`,
    checkInsNotList: (source: string) => `the check-ins in ${source} should be a list`,
    tooManyGoals: (source: string, dimensions: number) => `${source} has more goals than there are dimensions (${dimensions})`,
    tooManyCheckIns: (source: string, max: number) => `${source} has more than ${max} check-ins`,
    twoGoals: (source: string, dimension: string) => `${source} has two goals for ${dimension}`,
    sameId: (id: string) => `two check-ins have the same id (${id})`,
    noVersion: (source: string) => `${source} is not a success journal file (it has no schemaVersion)`,
    unknownVersion: (source: string, version: string) => `${source}'s schemaVersion (${version}) is not a version this journal has ever used`,
    newerVersion: (source: string, version: number, newest: number) =>
      `${source} was made by a newer version of the journal (version ${version}); this page reads version ${newest} and older`,
    noStep: (from: number) => `there is no way to update version ${from} data`,
    tooLarge: (megabytes: string) => `the file is too large (${megabytes} MB). A journal file is far smaller; the limit is 1 MB`,
    empty: 'the file is empty',
    notJson: 'the file is not a journal export (it is not JSON). Choose the .json file that "Save a copy (JSON)" made',
    savedNotJson: 'the saved journal is not valid JSON',
  },

  /** When the browser will not keep the journal. */
  storage: {
    unavailable: 'This browser is not letting the page save anything.',
    notSaved: 'The browser would not save the journal. Its storage may be full or turned off.',
    notDeleted: 'The browser would not delete the journal. Try again, or clear this site’s data in the browser settings.',
    locked: 'The journal in this browser cannot be changed until the saved data is sorted out (see the message above).',
  },
} as const;

/**
 * The PHQ-9 and GAD-7 in their published English wording, word for word
 * (see src/lib/journal/questionnaires.ts for why). `lang` is the language the
 * questions are in, which need not be the page's.
 */
export const phq9 = {
  lang: 'en',
  title: 'PATIENT HEALTH QUESTIONNAIRE-9 (PHQ-9)',
  stem: 'Over the last 2 weeks, how often have you been bothered by any of the following problems?',
  /** Scored 0 to 3, in this order. */
  answers: ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'],
  items: [
    'Little interest or pleasure in doing things',
    'Feeling down, depressed, or hopeless',
    'Trouble falling or staying asleep, or sleeping too much',
    'Feeling tired or having little energy',
    'Poor appetite or overeating',
    'Feeling bad about yourself — or that you are a failure or have let yourself or your family down',
    'Trouble concentrating on things, such as reading the newspaper or watching television',
    'Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety or restless that you have been moving around a lot more than usual',
    'Thoughts that you would be better off dead or of hurting yourself in some way',
  ],
  /** The form's last question. It is not scored, and the journal does not ask it. */
  closing: {
    question:
      'If you checked off any problems, how difficult have these problems made it for you to do your work, take care of things at home, or get along with other people?',
    answers: ['Not difficult at all', 'Somewhat difficult', 'Very difficult', 'Extremely difficult'],
  },
} as const;

export const gad7 = {
  lang: 'en',
  stem: 'Over the last 2 weeks, how often have you been bothered by the following problems?',
  answers: ['Not at all', 'Several days', 'More than half the days', 'Nearly every day'],
  items: [
    'Feeling nervous, anxious, or on edge',
    'Not being able to stop or control worrying',
    'Worrying too much about different things',
    'Trouble relaxing',
    'Being so restless that it is hard to sit still',
    'Becoming easily annoyed or irritable',
    'Feeling afraid as if something awful might happen',
  ],
} as const;

/** The words of the built page. They are in the HTML, never in the script. */
export const journalPage = {
  optional: '(optional)',
  worksheet: {
    heading: 'My success worksheet',
    withoutJs:
      'The journal on this page needs JavaScript, which is turned off in this browser. You can still print this worksheet and fill it in by hand. Tick the parts of success that matter to you. Then write what “better” would look like for each one, and bring the sheet to your next appointment.',
    printed: (max: number) =>
      `Tick the parts of success that matter to you. Write what “better” would look like, and how it is now from 0 (far from it) to ${max} (there).`,
    better: 'What would “better” look like for me?',
    now: (max: number) => `How it is now, from 0 to ${max}: ______`,
  },
  unreadable: {
    heading: 'The journal saved in this browser could not be read.',
    nothingChanged: 'Nothing has been changed or deleted. You can save a copy of what is there, then delete it below to start again.',
    save: 'Save a copy of the saved data',
  },
  unavailable:
    'This browser is not letting the page save anything, so the journal cannot be kept here. Storage may be turned off, or blocked for this site. You can still print the worksheet.',
  goals: {
    heading: 'What matters to you?',
    choose: 'Choose the parts of success you want to follow. Pick as many or as few as you like.',
    better: 'What would “better” look like for you?',
    readAbout: (dimension: string) => `Read about ${dimension.toLowerCase()}`,
    save: 'Save my choices',
  },
  checkIn: {
    heading: 'Add a check-in',
    intro: 'Once a week is a good rhythm. A check-in only needs one thing: a rating, a questionnaire or a note.',
    date: 'Date',
    ratings: 'How close are you to “better” today?',
    scale: (max: number) => `0 means far from it. ${max} means you are there.`,
    noGoals: 'Choose what matters to you above, and you can rate it here.',
    notRated: 'Not rated',
    note: 'Note',
    noteHint: 'What happened, what helped, what you want to ask your care team.',
    save: 'Save this check-in',
  },
  questionnaire: {
    add: (name: string, count: number, topic: string) => `Add the ${name}: ${count} questions about ${topic} (optional)`,
    clear: (name: string) => `Clear my ${name} answers`,
    /** Under a questionnaire whose questions are not in the page's language. */
    inOriginal: 'This questionnaire is in its original English. We do not translate validated questionnaires ourselves, because changed words can change the score.',
    /** Over the help lines, after PHQ-9 item 9. */
    safety:
      'Thank you for answering this honestly. Thoughts like these are a reason to reach out now, not later. You do not have to face them alone. Please also tell your care team.',
  },
  questionnaires: { phq9, gad7 },
  /** Under each questionnaire, before the links to its references. */
  credits: {
    phq9: 'The PHQ-9 comes from Kroenke, Spitzer and Williams. Pfizer made it free for anyone to use.',
    gad7: 'The GAD-7 comes from Spitzer and others. Pfizer made it free for anyone to use.',
  },
  progress: {
    heading: 'Your progress',
    printed: ' — a summary for my care team',
  },
  data: {
    heading: 'Print, save or move your journal',
    intro:
      'Your journal is kept only in this browser, on this device. Nothing is sent anywhere. If you clear your browser’s data, the journal goes too, so save a copy now and then.',
    print: 'Print a summary for my care team',
    printWorksheet: 'Print a blank worksheet',
    saveHeading: 'Save a copy, or move it to another device',
    saveIntro: 'A JSON copy holds everything and can be opened here again, on any device. A CSV table opens in a spreadsheet.',
    saveJson: 'Save a copy (JSON)',
    saveCsv: 'Save a table (CSV)',
    open: 'Open a saved copy (JSON)',
    replaces: 'It will replace the journal in this browser.',
    replace: 'Replace my journal with this copy',
    keep: 'Keep my journal as it is',
    deleteHeading: 'Delete my journal',
    deleteIntro: 'This removes your choices and every check-in from this browser.',
    delete: 'Delete my journal…',
    deleteQuestion: 'Delete everything in your journal from this browser?',
    deleteWarning: 'This cannot be undone. If you may want it later, save a copy (JSON) first.',
    deleteYes: 'Yes, delete everything',
    deleteNo: 'No, keep my journal',
  },
} as const;

export const journal = { script: journalScript, page: journalPage } as const;
