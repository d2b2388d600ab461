/**
 * The journal's DOM contract: every data-* hook, id and field name that the
 * built page (src/components/journal/) and its script (src/client/journal/)
 * must agree on, each spelt once. The components spread `hook.*` onto their
 * elements; the script finds them with `selector.*` and reads them with
 * `attribute.*`. A renamed or misspelt hook is then a type error in the build,
 * not a journal that stops working in a reader's browser.
 *
 * The attribute names themselves are what the browser tests and the styles
 * (Journal.astro's <style>, src/styles/global.css) look for: renaming one here
 * renames it in the HTML, so search tests/ and the styles for it too.
 */
import type { QuestionnaireId } from './questionnaires';

/** Hooks that are there or not, with no value. */
export const FLAGS = {
  /** The whole journal: the worksheet and the script's part. */
  journalRoot: 'data-journal-root',
  /** The script's part, shown once the script runs; it carries the dimensions and settings. */
  journal: 'data-journal',
  unreadable: 'data-journal-unreadable',
  unreadableReason: 'data-unreadable-reason',
  unavailable: 'data-journal-unavailable',
  part: 'data-journal-part',
  goalsForm: 'data-goals-form',
  goalDetail: 'data-goal-detail',
  checkInForm: 'data-checkin-form',
  ratings: 'data-ratings',
  noGoals: 'data-no-goals',
  betterText: 'data-better-text',
  /** The help box under PHQ-9 item 9, and the alert that reads it out. */
  safety: 'data-safety',
  safetyAlert: 'data-safety-alert',
  clearAnswers: 'data-clear-answers',
  progress: 'data-progress',
  importConfirm: 'data-import-confirm',
  importSummary: 'data-import-summary',
  deleteConfirm: 'data-delete-confirm',
  worksheet: 'data-worksheet',
  withoutJs: 'data-without-js',
  /** Drawn by the script: the help note in the progress, a card's change in words, the table of check-ins. */
  latestSafety: 'data-latest-safety',
  change: 'data-change',
  checkIns: 'data-checkins',
} as const;

export type Flag = keyof typeof FLAGS;

/** Hooks that carry a value. */
export const attribute = {
  action: 'data-action',
  status: 'data-status',
  tone: 'data-tone',
  goal: 'data-goal',
  ratingFor: 'data-rating-for',
  questionnaire: 'data-questionnaire',
  item: 'data-item',
  print: 'data-print',
  /** Set on <html> while "Print a blank worksheet" prints. */
  printing: 'data-printing',
  dimensions: 'data-dimensions',
  settings: 'data-settings',
  series: 'data-series',
  chart: 'data-chart',
  value: 'data-value',
  checkIn: 'data-checkin',
  checkInCount: 'data-checkin-count',
  ...FLAGS,
} as const;

/** The buttons the script wires up, by their data-action. */
export const ACTIONS = [
  'save-unreadable',
  'print',
  'print-worksheet',
  'export-json',
  'export-csv',
  'import-replace',
  'import-cancel',
  'delete',
  'delete-confirm',
  'delete-cancel',
] as const;
export type Action = (typeof ACTIONS)[number];

/** The status lines (live regions), one per part of the journal. */
export const STATUS_LINES = ['goals', 'checkin', 'progress', 'data'] as const;
export type StatusLine = (typeof STATUS_LINES)[number];

/** How a status line reads: done, or a problem to fix (styled to stand out). */
export type Tone = 'done' | 'problem';

/** What <html data-printing> asks to print instead of the summary. */
export type Printing = 'worksheet';

/** The ids both sides use, and the names of the form fields the script reads. */
export const id = {
  importFile: 'journal-import',
  checkInDate: 'checkin-date',
  checkInNote: 'checkin-note',
  rating: (dimension: string) => `rating-${dimension}`,
} as const;

export const field = {
  date: 'date',
  note: 'note',
  goal: 'goal',
  /** One radio group per question: "phq9-0" … "phq9-8". */
  answer: (questionnaire: QuestionnaireId, item: number) => `${questionnaire}-${item}`,
} as const;

type Attributes = Readonly<Record<string, string>>;

function eachFlag<T>(make: (name: string) => T): { readonly [K in Flag]: T } {
  return Object.fromEntries(Object.entries(FLAGS).map(([key, name]) => [key, make(name)])) as { [K in Flag]: T };
}

const valued = (name: string, value: string | number): Attributes => ({ [name]: String(value) });

/** The attributes to put on an element: `<form {...hook.checkInForm}>`, `h('p', { ...hook.change })`. */
export const hook = {
  // An empty value renders as the bare attribute (`data-journal`), as written by hand.
  ...eachFlag((name): Attributes => ({ [name]: '' })),
  action: (name: Action) => valued(attribute.action, name),
  status: (line: StatusLine) => valued(attribute.status, line),
  goal: (dimension: string) => valued(attribute.goal, dimension),
  ratingFor: (dimension: string) => valued(attribute.ratingFor, dimension),
  questionnaire: (questionnaire: QuestionnaireId) => valued(attribute.questionnaire, questionnaire),
  item: (index: number) => valued(attribute.item, index),
  /** Left out of print (global.css). */
  printHidden: valued(attribute.print, 'hide'),
  series: (series: string) => valued(attribute.series, series),
  chart: (series: string) => valued(attribute.chart, series),
  value: (value: number) => valued(attribute.value, value),
  checkIn: (checkIn: string) => valued(attribute.checkIn, checkIn),
  checkInCount: (count: number) => valued(attribute.checkInCount, count),
  /** What the page hands its script, as JSON (src/lib/journal/page-data.ts). */
  pageData: (dimensions: string, settings: string): Attributes => ({ [attribute.dimensions]: dimensions, [attribute.settings]: settings }),
} as const;

const is = (name: string, value: string) => `[${name}="${value}"]`;

/** CSS selectors for the same hooks: `one(root, selector.checkInForm)`. */
export const selector = {
  ...eachFlag((name) => `[${name}]`),
  action: (name: Action) => is(attribute.action, name),
  status: (line: StatusLine) => is(attribute.status, line),
  goal: (dimension: string) => is(attribute.goal, dimension),
  ratingFor: (dimension: string) => is(attribute.ratingFor, dimension),
  questionnaire: `[${attribute.questionnaire}]`,
  importFile: `#${id.importFile}`,
  rating: (dimension: string) => `#${id.rating(dimension)}`,
  date: `input[name="${field.date}"]`,
  note: `textarea[name="${field.note}"]`,
  answer: (questionnaire: QuestionnaireId, item: number) => `input[name="${field.answer(questionnaire, item)}"]`,
} as const;
