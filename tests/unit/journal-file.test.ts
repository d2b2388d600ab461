/** Reading journal data from a file or from storage: migration, strict checks and the messages a reader sees. */
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES, importMessage, importSizeProblem, parseJournalText } from '../../src/lib/journal/import';
import { migrate } from '../../src/lib/journal/migrate';
import { validateJournal } from '../../src/lib/journal/validate';
import type { Journal } from '../../src/lib/journal/model';
import { dictionaryFor } from '../../src/lib/i18n/dictionary';

const DIMENSIONS = ['symptom-relief', 'daily-functioning', 'hope'];
const english = dictionaryFor('en').journal.script;
const aboutAFile = { words: english, source: english.problems.theFile };

function sample(): Journal {
  return {
    schemaVersion: 1,
    goals: [{ dimension: 'hope', better: 'I can picture next summer.' }],
    checkIns: [
      { id: 'a1', date: '2026-10-01', ratings: { hope: 2 }, phq9: [2, 2, 2, 2, 2, 2, 2, 2, 0], gad7: null, note: 'First week.' },
      { id: 'a2', date: '2026-10-08', ratings: { hope: 5, 'daily-functioning': 4 }, phq9: null, gad7: [1, 1, 1, 1, 1, 1, 1], note: '' },
    ],
  };
}
const parse = (value: unknown) => parseJournalText(typeof value === 'string' ? value : JSON.stringify(value), DIMENSIONS, english);
const problemOf = (value: unknown) => {
  const result = parse(value);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.problem;
};

describe('parseJournalText', () => {
  it('reads back exactly what was exported', () => {
    const journal = sample();
    const result = parse(JSON.stringify(journal, null, 2));
    expect(result).toEqual({ ok: true, journal });
    // Stored again, it is the same text as before the export.
    expect(result.ok && JSON.stringify(result.journal)).toBe(JSON.stringify(journal));
  });

  it('refuses text that is not JSON, or nothing at all', () => {
    expect(problemOf('<html>not a journal</html>')).toMatch(/not JSON/);
    expect(problemOf('   ')).toMatch(/empty/);
  });

  it('refuses a file without a version, or with one it does not know', () => {
    expect(problemOf({ goals: [], checkIns: [] })).toMatch(/no schemaVersion/);
    expect(problemOf([1, 2, 3])).toMatch(/no schemaVersion/);
    expect(problemOf({ ...sample(), schemaVersion: 99 })).toMatch(/newer version of the journal \(version 99\)/);
    expect(problemOf({ ...sample(), schemaVersion: 0 })).toMatch(/not a version/);
    expect(problemOf({ ...sample(), schemaVersion: '1' })).toMatch(/not a version/);
  });

  it('names a missing or unexpected field', () => {
    const { checkIns: _dropped, ...noCheckIns } = sample();
    expect(problemOf(noCheckIns)).toBe('the file is missing the field "checkIns"');
    const journal = sample();
    const { note: _note, ...noNote } = journal.checkIns[0]!;
    expect(problemOf({ ...journal, checkIns: [noNote] })).toBe('check-in 1 is missing the field "note"');
    expect(problemOf({ ...sample(), extra: true })).toBe('the file has a field this journal does not use: "extra"');
  });

  it('refuses values out of range', () => {
    const withCheckIn = (patch: object) => ({ ...sample(), checkIns: [{ ...sample().checkIns[0], ...patch }] });
    expect(problemOf(withCheckIn({ date: '2026-02-30' }))).toMatch(/check-in 1's date should be a real date/);
    expect(problemOf(withCheckIn({ ratings: { hope: 11 } }))).toMatch(/from 0 to 10/);
    expect(problemOf(withCheckIn({ ratings: { hope: 2.5 } }))).toMatch(/whole number/);
    expect(problemOf(withCheckIn({ ratings: { sleep: 3 } }))).toMatch(/"sleep", which is not one of the dimensions/);
    expect(problemOf(withCheckIn({ phq9: [0, 0, 0] }))).toMatch(/PHQ-9 should be null or a list of 9 answers/);
    expect(problemOf(withCheckIn({ gad7: [0, 0, 0, 0, 0, 0, 4] }))).toMatch(/answer 7, should be a whole number from 0 to 3/);
    expect(problemOf(withCheckIn({ note: 'x'.repeat(2001) }))).toMatch(/longer than 2000 characters/);
    expect(problemOf(withCheckIn({ id: '<b>' }))).toMatch(/id should be letters/);
    expect(problemOf({ ...sample(), goals: [{ dimension: 'hope', better: '' }, { dimension: 'hope', better: '' }] })).toMatch(/two goals for "hope"/);
    expect(problemOf({ ...sample(), checkIns: [sample().checkIns[0], sample().checkIns[0]] })).toMatch(/same id/);
  });

  it('keeps markup in a note as the plain text it is', () => {
    const note = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    const result = parse({ ...sample(), checkIns: [{ ...sample().checkIns[0], note }] });
    expect(result.ok && result.journal.checkIns[0]!.note).toBe(note);
  });

  it('refuses a file over 1 MB before parsing it', () => {
    expect(importSizeProblem(MAX_IMPORT_BYTES, english)).toBeNull();
    expect(importSizeProblem(MAX_IMPORT_BYTES + 1, english)).toMatch(/too large \(1\.0 MB\)/);
    expect(importSizeProblem(5 * 1024 * 1024, english)).toMatch(/too large \(5\.0 MB\)/);
    const huge = JSON.stringify({ ...sample(), padding: 'x'.repeat(MAX_IMPORT_BYTES) });
    expect(problemOf(huge)).toMatch(/too large/);
  });

  it('words every refusal as a sentence that says nothing changed', () => {
    expect(importMessage('the file is empty', english)).toBe('Nothing was imported, because the file is empty. Your journal has not changed.');
  });
});

describe('migrate', () => {
  it('passes current data through unchanged', () => {
    const data = { ...sample() };
    expect(migrate(data, aboutAFile)).toEqual({ ok: true, data });
  });

  it('brings older data forward one version at a time', () => {
    const steps = {
      1: (old: Record<string, unknown>) => ({ ...old, schemaVersion: 2, moods: [] }),
      2: (old: Record<string, unknown>) => ({ ...old, schemaVersion: 3, moods: undefined, renamed: true }),
    };
    const result = migrate({ schemaVersion: 1, goals: [] }, aboutAFile, { steps, target: 3 });
    expect(result).toEqual({ ok: true, data: { schemaVersion: 3, goals: [], moods: undefined, renamed: true } });
    expect(migrate({ schemaVersion: 2, goals: [] }, aboutAFile, { steps, target: 3 })).toEqual({ ok: true, data: { schemaVersion: 3, goals: [], moods: undefined, renamed: true } });
  });

  it('says so when a step is missing', () => {
    expect(migrate({ schemaVersion: 1 }, aboutAFile, { steps: {}, target: 2 })).toEqual({ ok: false, problem: 'there is no way to update version 1 data' });
  });
});

describe('validateJournal', () => {
  it('checks goals against the dimensions the site has', () => {
    const result = validateJournal({ ...sample(), goals: [{ dimension: 'wealth', better: '' }] }, DIMENSIONS, aboutAFile);
    expect(result).toEqual({ ok: false, problem: 'goal 1 is about "wealth", which is not one of the dimensions of success' });
  });
});

describe('messages about a bad file', () => {
  it('quote a long value from the file only in part', () => {
    const problem = problemOf({ ...sample(), ['x'.repeat(5000)]: 1 });
    expect(problem).toBe(`the file has a field this journal does not use: "${'x'.repeat(40)}…"`);
  });
});
