/**
 * Reading a journal back from a file the reader chose. Every way a file can
 * be wrong ends in one plain sentence and no change to the journal.
 */
import { migrate } from './migrate';
import { validateJournal } from './validate';
import type { Journal } from './model';

/** Far above any real journal (years of daily check-ins with notes stay well under it). */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export type Parsed = { ok: true; journal: Journal } | { ok: false; problem: string };

/** Why a file is too big to read, or null. Checked before the file is read at all. */
export function importSizeProblem(bytes: number): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  const mb = (bytes / (1024 * 1024)).toFixed(1);
  return `the file is too large (${mb} MB). A journal file is far smaller; the limit is 1 MB`;
}

/** Turns a problem into what the reader sees. */
export function importMessage(problem: string): string {
  return `Nothing was imported, because ${problem}. Your journal has not changed.`;
}

/** Parses and checks the text of a journal file (JSON written by this journal's export). */
export function parseJournalText(text: string, dimensionIds: readonly string[]): Parsed {
  const size = importSizeProblem(new TextEncoder().encode(text).length);
  if (size) return { ok: false, problem: size };
  if (text.trim() === '') return { ok: false, problem: 'the file is empty' };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: 'the file is not a journal export (it is not JSON). Choose the .json file that "Save a copy (JSON)" made' };
  }
  const migrated = migrate(raw);
  if (!migrated.ok) return { ok: false, problem: migrated.problem };
  const checked = validateJournal(migrated.data, dimensionIds);
  return checked.ok ? { ok: true, journal: checked.journal } : { ok: false, problem: checked.problem };
}
