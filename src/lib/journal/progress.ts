/**
 * The journal as series over time: one per questionnaire and one per
 * dimension, each with its first and latest value, for the charts, the
 * change in words and the printed summary.
 */
import { QUESTIONNAIRES, totalScore, type Questionnaire } from './questionnaires';
import { RATING_MAX, dimensionsInUse, inDateOrder, type Dimension, type Journal } from './model';
import type { JournalWords } from './words';

export interface SeriesPoint {
  date: string;
  value: number;
}

export interface Series {
  /** "phq9", "gad7" or a dimension id: used in element ids and test hooks. */
  id: string;
  /** What is measured: "PHQ-9 (depression)", "Hope". */
  label: string;
  max: number;
  /** Lines drawn across the chart where bands start (questionnaires only). */
  bandStarts: number[];
  points: SeriesPoint[];
  questionnaire: Questionnaire | null;
}

export function questionnaireSeries(journal: Journal, words: JournalWords): Series[] {
  const ordered = inDateOrder(journal.checkIns);
  return QUESTIONNAIRES.map((q) => ({
    id: q.id,
    label: words.seriesLabel(q.name, words.topics[q.id]),
    max: q.max,
    bandStarts: q.bands.slice(1).map((b) => b.min),
    points: ordered.flatMap((c) => {
      const answers = c[q.id];
      return answers ? [{ date: c.date, value: totalScore(answers) }] : [];
    }),
    questionnaire: q,
  })).filter((s) => s.points.length > 0);
}

export function ratingSeries(journal: Journal, dimensions: readonly Dimension[]): Series[] {
  const ordered = inDateOrder(journal.checkIns);
  return dimensionsInUse(journal, dimensions)
    .map((d) => ({
      id: d.id,
      label: d.title,
      max: RATING_MAX,
      bandStarts: [],
      points: ordered.flatMap((c) => {
        const rating = c.ratings[d.id];
        return rating === undefined ? [] : [{ date: c.date, value: rating }];
      }),
      questionnaire: null,
    }))
    .filter((s) => s.points.length > 0);
}
