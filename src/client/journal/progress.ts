/**
 * "Your progress": the latest results with their bands, the change since the
 * first check-in in words, a chart for each measure and the table of every
 * check-in (the charts' text alternative). It is also the printed summary.
 */
import { ratingChangeInWords, scoreChangeInWords } from '../../lib/journal/change';
import { dimensionsInUse, formatDay, inDateOrder, localToday, RATING_MAX, type CheckIn, type Journal } from '../../lib/journal/model';
import type { JournalDimension, JournalSettings } from '../../lib/journal/page-data';
import { questionnaireSeries, ratingSeries, type Series } from '../../lib/journal/progress';
import { describeScore, needsHelpNow, totalScore } from '../../lib/journal/questionnaires';
import { chartFigure } from './chart';
import { h } from './dom';

function seriesCard(series: Series): HTMLElement {
  const first = series.points[0]!;
  const latest = series.points[series.points.length - 1]!;
  const q = series.questionnaire;
  return h(
    'section',
    { class: 'journal-card rounded-lg border border-line bg-raised p-4', 'aria-labelledby': `card-${series.id}`, 'data-series': series.id },
    h('h3', { id: `card-${series.id}`, class: 'text-lg font-semibold' }, series.label),
    h('p', { class: 'mt-1' }, h('strong', {}, 'Latest: '), q ? describeScore(q, latest.value) : `${latest.value} out of ${RATING_MAX}`),
    h('p', { class: 'mt-1', 'data-change': '' }, q
      ? scoreChangeInWords(q, first.value, latest.value, series.points.length)
      : ratingChangeInWords(first.value, latest.value, series.points.length)),
    chartFigure(series),
  );
}

function safetyNote(settings: JournalSettings): HTMLElement {
  const lines = settings.helpLines.flatMap((line, i) => [
    ...(i > 0 ? ['; '] : []),
    h('a', { href: line.href, class: 'font-semibold' }, line.action),
    ` (${line.detail})`,
  ]);
  return h(
    'div',
    { class: 'mt-4 rounded-lg border-2 border-calm-line bg-calm p-4', 'data-latest-safety': '' },
    h('p', { class: 'font-semibold' }, 'In your latest check-in, you said you have had thoughts of being better off dead or of hurting yourself.'),
    h('p', { class: 'mt-1' }, 'Please reach out now, and tell your care team. ', ...lines, '.'),
  );
}

function goalsList(journal: Journal, dimensions: readonly JournalDimension[]): HTMLElement {
  const title = (id: string) => dimensions.find((d) => d.id === id)?.title ?? id;
  return h(
    'div',
    { class: 'print-only mt-4' },
    h('h3', { class: 'text-xl font-bold' }, 'What I am working toward'),
    h('ul', { class: 'mt-2 list-disc pl-5' }, ...journal.goals.map((g) => h('li', {}, h('strong', {}, title(g.dimension)), g.better ? `: ${g.better}` : ''))),
  );
}

function checkInTable(journal: Journal, dimensions: readonly JournalDimension[], onDelete: (checkIn: CheckIn) => void): HTMLElement {
  const used = dimensionsInUse(journal, dimensions);
  const score = (answers: number[] | null) => (answers ? String(totalScore(answers)) : '');
  const head = h('tr', {},
    h('th', { scope: 'col' }, 'Date'),
    ...used.map((d) => h('th', { scope: 'col' }, d.title)),
    h('th', { scope: 'col' }, 'PHQ-9'),
    h('th', { scope: 'col' }, 'GAD-7'),
    h('th', { scope: 'col' }, 'Note'),
    h('th', { scope: 'col', 'data-print': 'hide' }, h('span', { class: 'sr-only' }, 'Delete')),
  );
  const rows = inDateOrder(journal.checkIns).map((c) => {
    const remove = h('button', { type: 'button', class: 'min-h-target rounded-md border border-line px-2 text-sm', 'aria-label': `Delete the check-in of ${formatDay(c.date)}` }, 'Delete');
    remove.addEventListener('click', () => onDelete(c));
    return h('tr', { 'data-checkin': c.id },
      h('th', { scope: 'row', class: 'whitespace-nowrap' }, formatDay(c.date)),
      ...used.map((d) => h('td', {}, c.ratings[d.id] ?? '')),
      h('td', {}, score(c.phq9)),
      h('td', {}, score(c.gad7)),
      h('td', { class: 'journal-note' }, c.note),
      h('td', { 'data-print': 'hide' }, remove),
    );
  });
  const table = h(
    'div',
    { class: 'journal-table mt-2', role: 'region', 'aria-labelledby': 'checkins-caption', tabindex: 0 },
    h('table', { 'data-checkins': '' },
      h('caption', { id: 'checkins-caption', class: 'text-left text-xl font-bold' }, 'All check-ins'),
      h('thead', {}, head),
      h('tbody', {}, ...rows)),
  );
  return h(
    'div',
    { class: 'mt-8' },
    table,
    h('p', { class: 'mt-1 text-sm text-muted sm:hidden', 'data-print': 'hide' }, 'On a small screen, swipe the table sideways to see every column.'),
  );
}

export function renderProgress(container: HTMLElement, journal: Journal, dimensions: readonly JournalDimension[], settings: JournalSettings, onDelete: (checkIn: CheckIn) => void): void {
  const ordered = inDateOrder(journal.checkIns);
  const first = ordered[0];
  const latest = ordered[ordered.length - 1];
  if (!first || !latest) {
    container.replaceChildren(
      h('p', { class: 'mt-2' }, 'Your progress will show here after your first check-in.'),
      ...(journal.goals.length > 0 ? [goalsList(journal, dimensions)] : []),
    );
    return;
  }
  const series = [...questionnaireSeries(journal), ...ratingSeries(journal, dimensions)];
  const parts: (HTMLElement | null)[] = [
    h('p', { class: 'mt-2', 'data-checkin-count': ordered.length },
      ordered.length === 1
        ? `1 check-in, on ${formatDay(first.date)}.`
        : `${ordered.length} check-ins, from ${formatDay(first.date)} to ${formatDay(latest.date)}.`),
    h('p', { class: 'print-only' }, `Printed on ${formatDay(localToday())} from the success journal of “${settings.siteName}”.`),
    needsHelpNow(latest.phq9) ? safetyNote(settings) : null,
    journal.goals.length > 0 ? goalsList(journal, dimensions) : null,
    h('p', { class: 'mt-4 rounded-lg border border-calm-line bg-calm p-4' },
      'These numbers are not a diagnosis. They show how things have changed for you over time. Bring them to your care team and talk about what they mean for you.'),
    series.length > 0
      ? h('div', { class: 'journal-cards mt-4 grid gap-4' }, ...series.map(seriesCard))
      : null,
    checkInTable(journal, dimensions, onDelete),
  ];
  container.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
}
