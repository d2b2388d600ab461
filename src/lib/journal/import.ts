/**
 * Reading a journal back from a file the reader chose. Every way a file can
 * be wrong ends in one plain sentence and no change to the journal.
 */
import { migrate } from './migrate';
import { validateJournal } from './validate';
import type { Journal } from './model';
import type { JournalWords } from './words';

/** Far above any real journal (years of daily check-ins with notes stay well under it). */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export type Parsed = { ok: true; journal: Journal } | { ok: false; problem: string };

/** Why a file is too big to read, or null. Checked before the file is read at all. */
export function importSizeProblem(bytes: number, words: JournalWords): string | null {
  if (bytes <= MAX_IMPORT_BYTES) return null;
  return words.problems.tooLarge((bytes / (1024 * 1024)).toFixed(1));
}

/** Turns a problem into what the reader sees. */
export function importMessage(problem: string, words: JournalWords): string {
  return words.data.notImported(problem);
}

/** Parses and checks the text of a journal file (JSON written by this journal's export). */
export function parseJournalText(text: string, dimensionIds: readonly string[], words: JournalWords): Parsed {
  const size = importSizeProblem(new TextEncoder().encode(text).length, words);
  if (size) return { ok: false, problem: size };
  if (text.trim() === '') return { ok: false, problem: words.problems.empty };
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, problem: words.problems.notJson };
  }
  const about = { words, source: words.problems.theFile };
  const migrated = migrate(raw, about);
  if (!migrated.ok) return { ok: false, problem: migrated.problem };
  const checked = validateJournal(migrated.data, dimensionIds, about);
  return checked.ok ? { ok: true, journal: checked.journal } : { ok: false, problem: checked.problem };
}
