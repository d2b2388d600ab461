/**
 * The check-ins as a CSV table, for a spreadsheet or a care team's records.
 * One row per check-in, in date order, headed in the page's language. Values that a spreadsheet would treat
 * as a formula are prefixed with an apostrophe, so a note can never run as one.
 */
import { GAD7, PHQ9, bandOf, totalScore, type Questionnaire } from './questionnaires';
import { RATING_MAX, inDateOrder, type Dimension, type Journal } from './model';
import type { JournalWords } from './words';

function cell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const items = (q: Questionnaire) => Array.from({ length: q.itemCount }, (_, i) => i + 1);

function questionnaireHeaders(q: Questionnaire, say: JournalWords['csv']): string[] {
  return [say.score(q.name), say.band(q.name), ...items(q).map((n) => say.item(q.name, n))];
}

function questionnaireCells(q: Questionnaire, answers: number[] | null, words: JournalWords): (string | number | null)[] {
  if (!answers) return [null, null, ...items(q).map(() => null)];
  const score = totalScore(answers);
  const band = bandOf(q, score);
  return [score, words.csv.bandCell(words.bands[band.code], band.min, band.max), ...answers];
}

export function journalToCsv(journal: Journal, dimensions: readonly Dimension[], words: JournalWords): string {
  const say = words.csv;
  const headers = [
    say.date,
    ...dimensions.map((d) => say.rating(d.title, RATING_MAX)),
    ...questionnaireHeaders(PHQ9, say),
    ...questionnaireHeaders(GAD7, say),
    say.note,
  ];
  const rows = inDateOrder(journal.checkIns).map((c) => [
    c.date,
    ...dimensions.map((d) => c.ratings[d.id] ?? null),
    ...questionnaireCells(PHQ9, c.phq9, words),
    ...questionnaireCells(GAD7, c.gad7, words),
    c.note,
  ]);
  return [headers, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
