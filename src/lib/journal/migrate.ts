/**
 * Brings journal data written by an earlier version of the journal up to the
 * current SCHEMA_VERSION, one version at a time. Version 1 is the first, so
 * there are no steps yet. When the format changes, add the step from the old
 * version here (for example `1: (old) => ({ ...old, schemaVersion: 2, ... })`)
 * and raise SCHEMA_VERSION: data already saved on readers' devices and in
 * their exported files then keeps working.
 */
import { SCHEMA_VERSION } from './model';
import type { JournalWords } from './words';

export type RawData = Record<string, unknown>;
/** Turns data of version N into data of version N + 1. */
export type MigrationStep = (data: RawData) => RawData;

export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {};

export type Migrated = { ok: true; data: RawData } | { ok: false; problem: string };

/** Whose data is checked, for the messages: a file to import, or what the browser has stored. */
export interface About {
  words: JournalWords;
  /** "the file" or "the saved journal", in the page's language. */
  source: string;
}

export function isPlainObject(value: unknown): value is RawData {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function migrate(
  input: unknown,
  { words, source }: About,
  { steps = MIGRATIONS, target = SCHEMA_VERSION }: { steps?: Readonly<Record<number, MigrationStep>>; target?: number } = {},
): Migrated {
  const say = words.problems;
  if (!isPlainObject(input) || !('schemaVersion' in input)) return { ok: false, problem: say.noVersion(source) };
  const version = input['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: say.unknownVersion(source, JSON.stringify(version)) };
  }
  if (version > target) return { ok: false, problem: say.newerVersion(source, version, target) };
  let data: RawData = input;
  for (let from = version; from < target; from++) {
    const step = steps[from];
    if (!step) return { ok: false, problem: say.noStep(from) };
    data = step(data);
  }
  return { ok: true, data };
}
