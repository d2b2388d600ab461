/**
 * Brings journal data written by an earlier version of the journal up to the
 * current SCHEMA_VERSION, one version at a time. Version 1 is the first, so
 * there are no steps yet. When the format changes, add the step from the old
 * version here (for example `1: (old) => ({ ...old, schemaVersion: 2, ... })`)
 * and raise SCHEMA_VERSION: data already saved on readers' devices and in
 * their exported files then keeps working.
 */
import { SCHEMA_VERSION } from './model';

export type RawData = Record<string, unknown>;
/** Turns data of version N into data of version N + 1. */
export type MigrationStep = (data: RawData) => RawData;

export const MIGRATIONS: Readonly<Record<number, MigrationStep>> = {};

export type Migrated = { ok: true; data: RawData } | { ok: false; problem: string };

export function isPlainObject(value: unknown): value is RawData {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function migrate(
  input: unknown,
  { steps = MIGRATIONS, target = SCHEMA_VERSION }: { steps?: Readonly<Record<number, MigrationStep>>; target?: number } = {},
): Migrated {
  if (!isPlainObject(input) || !('schemaVersion' in input)) {
    return { ok: false, problem: 'the file is not a success journal file (it has no schemaVersion)' };
  }
  const version = input['schemaVersion'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, problem: `the file's schemaVersion (${JSON.stringify(version)}) is not a version this journal has ever used` };
  }
  if (version > target) {
    return {
      ok: false,
      problem: `the file was made by a newer version of the journal (version ${version}); this page reads version ${target} and older`,
    };
  }
  let data: RawData = input;
  for (let from = version; from < target; from++) {
    const step = steps[from];
    if (!step) return { ok: false, problem: `there is no way to update version ${from} data` };
    data = step(data);
  }
  return { ok: true, data };
}
