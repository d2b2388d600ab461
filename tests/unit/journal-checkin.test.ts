import { describe, expect, it } from 'vitest';
import { buildCheckIn, type CheckInDraft } from '../../src/lib/journal/checkin';
import { dimensionsInUse, formatDay, inDateOrder, isIsoDate, localToday, newCheckInId } from '../../src/lib/journal/model';
import { dictionaryFor } from '../../src/lib/i18n/dictionary';

const english = dictionaryFor('en').journal.script;

const blank = (n: number) => Array.from({ length: n }, () => null);
const draft = (patch: Partial<CheckInDraft> = {}): CheckInDraft => ({
  date: '2026-11-01',
  ratings: {},
  phq9: blank(9),
  gad7: blank(7),
  note: '',
  ...patch,
});
const build = (d: CheckInDraft) => buildCheckIn(d, { today: '2026-11-28', id: 'id1' }, english);

describe('buildCheckIn', () => {
  it('makes a check-in from ratings, complete questionnaires and a note', () => {
    const result = build(draft({ ratings: { hope: 6 }, phq9: [1, 1, 1, 1, 1, 1, 1, 1, 0], note: '  A calmer week. ' }));
    expect(result).toEqual({
      ok: true,
      checkIn: { id: 'id1', date: '2026-11-01', ratings: { hope: 6 }, phq9: [1, 1, 1, 1, 1, 1, 1, 1, 0], gad7: null, note: 'A calmer week.' },
    });
  });

  it('asks for every question of a questionnaire, or none', () => {
    const partly = [1, 1, null, 1, 1, 1, 1, 1, null];
    expect(build(draft({ phq9: partly }))).toEqual({ ok: false, problem: 'Answer all 9 PHQ-9 questions, or none of them. 2 are not answered yet.' });
    expect(build(draft({ gad7: [0, 0, 0, 0, 0, 0, null] }))).toEqual({ ok: false, problem: 'Answer all 7 GAD-7 questions, or none of them. 1 is not answered yet.' });
  });

  it('refuses an empty check-in, a missing date and a date after today', () => {
    expect(build(draft())).toEqual({ ok: false, problem: 'There is nothing to save yet. Add a rating, a questionnaire or a note.' });
    expect(build(draft({ date: '', note: 'x' }))).toEqual({ ok: false, problem: 'Choose the date of this check-in.' });
    expect(build(draft({ date: '2026-11-29', note: 'x' }))).toEqual({ ok: false, problem: 'The date is after today. Please check it.' });
  });
});

describe('journal dates and order', () => {
  it('accepts only real days', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-1-5')).toBe(false);
  });
  it('formats a day without any time zone moving it', () => {
    expect(formatDay('2026-01-01', english.locale)).toBe('Jan 1, 2026');
  });
  it('gives today in local time', () => {
    expect(localToday(new Date(2026, 0, 5, 23, 30))).toBe('2026-01-05');
  });
  it('sorts check-ins by day, keeping the order they were added within a day', () => {
    const c = (id: string, date: string) => ({ id, date, ratings: {}, phq9: null, gad7: null, note: '' });
    expect(inDateOrder([c('b', '2026-02-01'), c('a', '2026-01-01'), c('c', '2026-02-01')]).map((x) => x.id)).toEqual(['a', 'b', 'c']);
  });
  it('makes ids that the file check accepts', () => {
    expect(newCheckInId(1_700_000_000_000, () => 0.5)).toMatch(/^[a-z0-9]+-[a-z0-9]{6}$/);
  });
  it('lists the dimensions in use in the site order', () => {
    const dims = [{ id: 'a', title: 'A' }, { id: 'b', title: 'B' }, { id: 'c', title: 'C' }];
    const journal = { schemaVersion: 1 as const, goals: [{ dimension: 'c', better: '' }], checkIns: [{ id: 'x', date: '2026-01-01', ratings: { a: 1 }, phq9: null, gad7: null, note: '' }] };
    expect(dimensionsInUse(journal, dims).map((d) => d.id)).toEqual(['a', 'c']);
  });
});
