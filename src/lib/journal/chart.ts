/**
 * Where things go in a small line chart of one series: points placed by date
 * (so gaps between check-ins show as gaps), a 0-to-max scale, gridlines where
 * questionnaire bands start, and a one-sentence summary for screen readers.
 * Pure numbers; src/client/journal/chart.ts turns them into SVG.
 */
import { formatDay } from './model';
import type { Series } from './progress';
import type { JournalWords } from './words';

export const CHART = { width: 360, height: 200, left: 34, right: 12, top: 12, bottom: 34 } as const;

export interface PlacedPoint {
  x: number;
  y: number;
  date: string;
  value: number;
}

export interface ChartModel {
  points: PlacedPoint[];
  /** An SVG path through the points, or "" for a single point. */
  line: string;
  gridlines: { y: number; label: string }[];
  dateLabels: { x: number; label: string; anchor: 'start' | 'middle' | 'end' }[];
}

const DAY_MS = 86_400_000;
const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / DAY_MS;
const round = (n: number) => Math.round(n * 10) / 10;

/** `locale` writes the dates under the chart in the page's language. */
export function chartModel(series: Series, locale: string): ChartModel {
  const { width, height, left, right, top, bottom } = CHART;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const inset = 10; // keeps the first and last points off the chart's edges
  const y = (value: number) => round(top + (1 - value / series.max) * plotHeight);
  const days = series.points.map((p) => dayNumber(p.date));
  const first = Math.min(...days);
  const span = Math.max(...days) - first;
  const x = (day: number) =>
    round(span === 0 ? left + plotWidth / 2 : left + inset + ((day - first) / span) * (plotWidth - 2 * inset));

  const points = series.points.map((p, i) => ({ x: x(days[i]!), y: y(p.value), date: p.date, value: p.value }));
  const line = points.length > 1 ? points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x} ${p.y}`).join(' ') : '';
  const ticks = series.bandStarts.length > 0 ? [0, ...series.bandStarts, series.max] : [0, series.max / 2, series.max];
  const gridlines = ticks.map((value) => ({ y: y(value), label: String(value) }));

  const firstPoint = points[0];
  const lastPoint = points[points.length - 1];
  const dateLabels: ChartModel['dateLabels'] = [];
  if (firstPoint && lastPoint) {
    if (span === 0) {
      dateLabels.push({ x: firstPoint.x, label: formatDay(firstPoint.date, locale), anchor: 'middle' });
    } else {
      dateLabels.push({ x: left, label: formatDay(firstPoint.date, locale), anchor: 'start' });
      dateLabels.push({ x: width - right, label: formatDay(lastPoint.date, locale), anchor: 'end' });
    }
  }
  return { points, line, gridlines, dateLabels };
}

/** The chart in one sentence: what it shows, how many check-ins, where it started and where it is now. */
export function chartSummary(series: Series, words: JournalWords): string {
  const { points, label, max } = series;
  const first = points[0];
  const last = points[points.length - 1];
  const day = (date: string) => formatDay(date, words.locale);
  if (!first || !last) return words.chart.empty(label);
  if (points.length === 1) return words.chart.one(label, first.value, max, day(first.date));
  return words.chart.many(label, points.length, first.value, day(first.date), last.value, day(last.date), max);
}
