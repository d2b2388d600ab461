/** What the journal produces: the CSV table and the chart geometry. */
import { describe, expect, it } from 'vitest';
import { CHART, chartModel, chartSummary } from '../../src/lib/journal/chart';
import { journalToCsv } from '../../src/lib/journal/csv';
import type { Journal } from '../../src/lib/journal/model';
import { questionnaireSeries, ratingSeries } from '../../src/lib/journal/progress';
import { parseDimensions } from '../../src/lib/journal/page-data';
import { dictionaryFor } from '../../src/lib/i18n/dictionary';

const journal: Journal = {
  schemaVersion: 1,
  goals: [{ dimension: 'hope', better: '' }],
  checkIns: [
    { id: 'b', date: '2026-10-15', ratings: { hope: 5 }, phq9: [1, 1, 1, 1, 1, 1, 1, 1, 1], gad7: null, note: 'said "hi", then left' },
    { id: 'a', date: '2026-10-01', ratings: { hope: 2 }, phq9: [2, 2, 2, 2, 2, 2, 2, 2, 2], gad7: null, note: '=HYPERLINK("x")' },
    { id: 'c', date: '2026-10-29', ratings: {}, phq9: null, gad7: null, note: 'two\nlines' },
  ],
};
const dimensions = [{ id: 'hope', title: 'Hope' }];
const english = dictionaryFor('en').journal.script;

describe('journalToCsv', () => {
  const csv = journalToCsv(journal, dimensions, english);
  const lines = csv.split('\r\n');

  it('has one header row and one row per check-in, in date order', () => {
    expect(lines[0]).toMatch(/^Date,Hope \(0-10\),PHQ-9 score,PHQ-9 band,PHQ-9 item 1,.*GAD-7 item 7,Note$/);
    expect(lines[1]!.startsWith('2026-10-01,2,18,moderately severe (15–19),2,2,')).toBe(true);
    expect(lines[2]!.startsWith('2026-10-15,5,9,mild (5–9),1,')).toBe(true);
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(lines[2]!.endsWith(',"said ""hi"", then left"')).toBe(true);
    expect(csv).toContain('"two\nlines"');
  });

  it('never lets a note run as a spreadsheet formula', () => {
    expect(lines[1]!.endsWith(`,"'=HYPERLINK(""x"")"`)).toBe(true);
  });
});

describe('chartModel', () => {
  const [phq9] = questionnaireSeries(journal, english);
  const model = chartModel(phq9!, english.locale);

  it('places one point per check-in that has the score', () => {
    expect(phq9!.points.map((p) => p.value)).toEqual([18, 9]);
    expect(model.points).toHaveLength(2);
    expect(model.line).toMatch(/^M[\d.]+ [\d.]+ L[\d.]+ [\d.]+$/);
  });

  it('puts higher scores higher up, within the chart', () => {
    const [first, second] = model.points;
    expect(first!.y).toBeLessThan(second!.y);
    for (const p of model.points) {
      expect(p.x).toBeGreaterThanOrEqual(CHART.left);
      expect(p.x).toBeLessThanOrEqual(CHART.width - CHART.right);
      expect(p.y).toBeGreaterThanOrEqual(CHART.top);
      expect(p.y).toBeLessThanOrEqual(CHART.height - CHART.bottom);
    }
  });

  it('draws gridlines where the bands start', () => {
    expect(model.gridlines.map((g) => g.label)).toEqual(['0', '5', '10', '15', '20', '27']);
  });

  it('spaces points by date', () => {
    const ratings = ratingSeries({ ...journal, checkIns: [...journal.checkIns, { id: 'd', date: '2026-12-31', ratings: { hope: 7 }, phq9: null, gad7: null, note: '' }] }, dimensions)[0]!;
    const xs = chartModel(ratings, english.locale).points.map((p) => p.x);
    // 14 days, then 77 days: the second gap is much wider.
    expect(xs[2]! - xs[1]!).toBeGreaterThan(4 * (xs[1]! - xs[0]!));
  });

  it('centres a single point and draws no line', () => {
    const single = chartModel({ ...phq9!, points: [{ date: '2026-10-01', value: 12 }] }, english.locale);
    expect(single.line).toBe('');
    expect(single.points[0]!.x).toBe(CHART.left + (CHART.width - CHART.left - CHART.right) / 2);
  });

  it('sums the chart up in one sentence', () => {
    expect(chartSummary(phq9!, english)).toBe('PHQ-9 (depression): 2 check-ins, from 18 on Oct 1, 2026 to 9 on Oct 15, 2026, out of 27.');
  });
});

describe('parseDimensions', () => {
  it('reads the dimensions the page was built with', () => {
    expect(parseDimensions('[{"id":"hope","title":"Hope","href":"/success/hope/"}]')).toEqual([{ id: 'hope', title: 'Hope', href: '/success/hope/' }]);
  });
  it('fails loudly on a page built wrongly', () => {
    expect(() => parseDimensions(undefined)).toThrow(/should list/);
    expect(() => parseDimensions('[{"id":"hope"}]')).toThrow(/bad entry/);
  });
});
