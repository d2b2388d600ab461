/**
 * The check-ins as a CSV table, for a spreadsheet or a care team's records.
 * One row per check-in, in date order. Values that a spreadsheet would treat
 * as a formula are prefixed with an apostrophe, so a note can never run as one.
 */
import { GAD7, PHQ9, bandOf, totalScore, type Questionnaire } from './questionnaires';
import { inDateOrder, type Dimension, type Journal } from './model';

function cell(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function questionnaireHeaders(q: Questionnaire): string[] {
  return [`${q.name} score`, `${q.name} band`, ...q.items.map((_, i) => `${q.name} item ${i + 1}`)];
}

function questionnaireCells(q: Questionnaire, answers: number[] | null): (string | number | null)[] {
  if (!answers) return [null, null, ...q.items.map(() => null)];
  const score = totalScore(answers);
  const band = bandOf(q, score);
  return [score, `${band.name} (${band.min}–${band.max})`, ...answers];
}

export function journalToCsv(journal: Journal, dimensions: readonly Dimension[]): string {
  const headers = ['Date', ...dimensions.map((d) => `${d.title} (0-10)`), ...questionnaireHeaders(PHQ9), ...questionnaireHeaders(GAD7), 'Note'];
  const rows = inDateOrder(journal.checkIns).map((c) => [
    c.date,
    ...dimensions.map((d) => c.ratings[d.id] ?? null),
    ...questionnaireCells(PHQ9, c.phq9),
    ...questionnaireCells(GAD7, c.gad7),
    c.note,
  ]);
  return [headers, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
