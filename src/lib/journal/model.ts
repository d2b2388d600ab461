/**
 * The journal's data: what the reader chose to follow, and their check-ins.
 * It is stored in the browser as JSON and exported as the same JSON, so this
 * shape is a file format: a change to it needs a new SCHEMA_VERSION and a
 * step in migrate.ts that brings older data forward.
 */

export const SCHEMA_VERSION = 1;

/** A dimension of success the reader can follow (from the `dimensions` collection). */
export interface Dimension {
  id: string;
  title: string;
}

/** One dimension the reader chose, with their own words for what "better" would look like. */
export interface Goal {
  dimension: string;
  better: string;
}

export interface CheckIn {
  /** Unique within the journal, so that one check-in can be removed. */
  id: string;
  /** The day it is about, as YYYY-MM-DD. */
  date: string;
  /** 0 (far from the goal) to 10 (there), by dimension id. */
  ratings: Record<string, number>;
  /** The nine PHQ-9 answers (0–3 each), or null when it was not filled in. */
  phq9: number[] | null;
  /** The seven GAD-7 answers (0–3 each), or null. */
  gad7: number[] | null;
  note: string;
}

export interface Journal {
  schemaVersion: typeof SCHEMA_VERSION;
  goals: Goal[];
  checkIns: CheckIn[];
}

/** Limits that keep a journal small and a file from another source harmless. */
export const LIMITS = {
  note: 2000,
  better: 1000,
  checkIns: 5000,
  id: 40,
} as const;

export const RATING_MAX = 10;

export function emptyJournal(): Journal {
  return { schemaVersion: SCHEMA_VERSION, goals: [], checkIns: [] };
}

export function isEmpty(journal: Journal): boolean {
  return journal.goals.length === 0 && journal.checkIns.length === 0;
}

/** Check-ins from the earliest day to the latest; check-ins on the same day keep the order they were added. */
export function inDateOrder(checkIns: readonly CheckIn[]): CheckIn[] {
  return [...checkIns].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/** True for a real calendar day written as YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A date as readers of `locale` expect it: "May 3, 2026", "3 may 2026". The day is read as UTC so that no time zone moves it. */
export function formatDay(isoDate: string, locale: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString(locale, {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** Today in the reader's own time zone, as YYYY-MM-DD. */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A new check-in id: the time plus a random part, unique enough for one person's journal. */
export function newCheckInId(now: number = Date.now(), random: () => number = Math.random): string {
  return `${now.toString(36)}-${Math.floor(random() * 36 ** 6).toString(36).padStart(6, '0')}`;
}

/** The dimensions the journal has anything for (a goal or a rating), in the site's order. */
export function dimensionsInUse(journal: Journal, dimensions: readonly Dimension[]): Dimension[] {
  const used = new Set(journal.goals.map((g) => g.dimension));
  for (const c of journal.checkIns) for (const id of Object.keys(c.ratings)) used.add(id);
  return dimensions.filter((d) => used.has(d.id));
}
