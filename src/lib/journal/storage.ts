/**
 * Keeping the journal in the browser's localStorage under one key, the same
 * whatever the page's language (the journal stores codes and numbers, never
 * interface words), so /journal/ and /es/diario/ show one journal. Only this
 * key is written; nothing is ever sent anywhere. Stored data is checked the
 * same way as an imported file, and data that cannot be read is never
 * overwritten without the reader's say-so.
 */
import { migrate } from './migrate';
import { validateJournal } from './validate';
import type { Journal } from './model';
import type { JournalWords } from './words';

export const STORAGE_KEY = 'success-journal';

/** The part of the Storage API the journal uses (a fake in unit tests). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type Loaded =
  | { status: 'empty' }
  | { status: 'ok'; journal: Journal }
  /** Something is stored under the key but it is not a journal this page can read; `raw` lets the reader keep a copy. */
  | { status: 'unreadable'; problem: string; raw: string }
  /** The browser does not let this page store anything (storage turned off or blocked). */
  | { status: 'unavailable' };

export type Saved = { ok: true } | { ok: false; problem: string };

/** The stored form: compact JSON, written the same way every time. */
export function serializeJournal(journal: Journal): string {
  return JSON.stringify(journal);
}

export function loadJournal(store: KeyValueStore | null, dimensionIds: readonly string[], words: JournalWords): Loaded {
  if (!store) return { status: 'unavailable' };
  let raw: string | null;
  try {
    raw = store.getItem(STORAGE_KEY);
  } catch {
    return { status: 'unavailable' };
  }
  if (raw === null) return { status: 'empty' };
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { status: 'unreadable', problem: words.problems.savedNotJson, raw };
  }
  // The checks speak of "the saved journal" here, not of "the file".
  const about = { words, source: words.problems.theSavedJournal };
  const migrated = migrate(parsed, about);
  if (!migrated.ok) return { status: 'unreadable', problem: migrated.problem, raw };
  const checked = validateJournal(migrated.data, dimensionIds, about);
  if (!checked.ok) return { status: 'unreadable', problem: checked.problem, raw };
  return { status: 'ok', journal: checked.journal };
}

export function saveJournal(store: KeyValueStore | null, journal: Journal, words: JournalWords): Saved {
  if (!store) return { ok: false, problem: words.storage.unavailable };
  try {
    store.setItem(STORAGE_KEY, serializeJournal(journal));
    return { ok: true };
  } catch {
    return { ok: false, problem: words.storage.notSaved };
  }
}

export function deleteJournal(store: KeyValueStore | null, words: JournalWords): Saved {
  if (!store) return { ok: true };
  try {
    store.removeItem(STORAGE_KEY);
    return { ok: true };
  } catch {
    return { ok: false, problem: words.storage.notDeleted };
  }
}
