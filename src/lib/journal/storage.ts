/**
 * Keeping the journal in the browser's localStorage under one key. Only this
 * key is written; nothing is ever sent anywhere. Stored data is checked the
 * same way as an imported file, and data that cannot be read is never
 * overwritten without the reader's say-so.
 */
import { migrate } from './migrate';
import { validateJournal } from './validate';
import type { Journal } from './model';

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

/** The checks speak of "the file"; for what the browser has stored, "the saved journal" says what is meant. */
const aboutStoredData = (problem: string) => problem.replace(/\bthe file\b/g, 'the saved journal');

export function loadJournal(store: KeyValueStore | null, dimensionIds: readonly string[]): Loaded {
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
    return { status: 'unreadable', problem: 'the saved journal is not valid JSON', raw };
  }
  const migrated = migrate(parsed);
  if (!migrated.ok) return { status: 'unreadable', problem: aboutStoredData(migrated.problem), raw };
  const checked = validateJournal(migrated.data, dimensionIds);
  if (!checked.ok) return { status: 'unreadable', problem: aboutStoredData(checked.problem), raw };
  return { status: 'ok', journal: checked.journal };
}

export function saveJournal(store: KeyValueStore | null, journal: Journal): Saved {
  if (!store) return { ok: false, problem: 'This browser is not letting the page save anything.' };
  try {
    store.setItem(STORAGE_KEY, serializeJournal(journal));
    return { ok: true };
  } catch {
    return { ok: false, problem: 'The browser would not save the journal. Its storage may be full or turned off.' };
  }
}

export function deleteJournal(store: KeyValueStore | null): Saved {
  if (!store) return { ok: true };
  try {
    store.removeItem(STORAGE_KEY);
    return { ok: true };
  } catch {
    return { ok: false, problem: 'The browser would not delete the journal. Try again, or clear this site’s data in the browser settings.' };
  }
}
