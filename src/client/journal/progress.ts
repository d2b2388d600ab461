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
import { hook } from '../../lib/journal/dom-contract';
import type { JournalWords } from '../../lib/journal/words';
import { chartFigure } from './chart';
import { h } from './dom';

function seriesCard(series: Series, words: JournalWords): HTMLElement {
  const first = series.points[0]!;
  const latest = series.points[series.points.length - 1]!;
  const q = series.questionnaire;
  return h(
    'section',
    { class: 'journal-card rounded-lg border border-line bg-raised p-4', 'aria-labelledby': `card-${series.id}`, ...hook.series(series.id) },
    h('h3', { id: `card-${series.id}`, class: 'text-lg font-semibold' }, series.label),
    h('p', { class: 'mt-1' }, h('strong', {}, words.progress.latest), q ? describeScore(q, latest.value, words) : words.progress.outOf(latest.value, RATING_MAX)),
    h('p', { class: 'mt-1', ...hook.change }, q
      ? scoreChangeInWords(q, first.value, latest.value, series.points.length, words)
      : ratingChangeInWords(first.value, latest.value, series.points.length, words)),
    chartFigure(series, words),
  );
}

function safetyNote(settings: JournalSettings, words: JournalWords): HTMLElement {
  const lines = settings.helpLines.flatMap((line, i) => [
    ...(i > 0 ? ['; '] : []),
    h('a', { href: line.href, class: 'font-semibold' }, line.action),
    ` (${line.detail})`,
  ]);
  return h(
    'div',
    { class: 'mt-4 rounded-lg border-2 border-calm-line bg-calm p-4', ...hook.latestSafety },
    h('p', { class: 'font-semibold' }, words.progress.safety),
    h('p', { class: 'mt-1' }, words.progress.reachOut, ...lines, '.'),
  );
}

function goalsList(journal: Journal, dimensions: readonly JournalDimension[], words: JournalWords): HTMLElement {
  const title = (id: string) => dimensions.find((d) => d.id === id)?.title ?? id;
  return h(
    'div',
    { class: 'print-only mt-4' },
    h('h3', { class: 'text-xl font-bold' }, words.progress.goals),
    h('ul', { class: 'mt-2 list-disc pl-5' }, ...journal.goals.map((g) => h('li', {}, h('strong', {}, title(g.dimension)), g.better ? `: ${g.better}` : ''))),
  );
}

function checkInTable(journal: Journal, dimensions: readonly JournalDimension[], words: JournalWords, onDelete: (checkIn: CheckIn) => void): HTMLElement {
  const say = words.progress;
  const day = (date: string) => formatDay(date, words.locale);
  const used = dimensionsInUse(journal, dimensions);
  const score = (answers: number[] | null) => (answers ? String(totalScore(answers)) : '');
  const head = h('tr', {},
    h('th', { scope: 'col' }, say.date),
    ...used.map((d) => h('th', { scope: 'col' }, d.title)),
    h('th', { scope: 'col' }, 'PHQ-9'),
    h('th', { scope: 'col' }, 'GAD-7'),
    h('th', { scope: 'col' }, say.note),
    h('th', { scope: 'col', ...hook.printHidden }, h('span', { class: 'sr-only' }, say.delete)),
  );
  const rows = inDateOrder(journal.checkIns).map((c) => {
    const remove = h('button', { type: 'button', class: 'min-h-target rounded-md border border-line px-2 text-sm', 'aria-label': say.deleteCheckIn(day(c.date)) }, say.delete);
    remove.addEventListener('click', () => onDelete(c));
    return h('tr', hook.checkIn(c.id),
      h('th', { scope: 'row', class: 'whitespace-nowrap' }, day(c.date)),
      ...used.map((d) => h('td', {}, c.ratings[d.id] ?? '')),
      h('td', {}, score(c.phq9)),
      h('td', {}, score(c.gad7)),
      h('td', { class: 'journal-note' }, c.note),
      h('td', hook.printHidden, remove),
    );
  });
  const table = h(
    'div',
    { class: 'journal-table mt-2', role: 'region', 'aria-labelledby': 'checkins-caption', tabindex: 0 },
    h('table', hook.checkIns,
      h('caption', { id: 'checkins-caption', class: 'text-left text-xl font-bold' }, say.table),
      h('thead', {}, head),
      h('tbody', {}, ...rows)),
  );
  return h(
    'div',
    { class: 'mt-8' },
    table,
    h('p', { class: 'mt-1 text-sm text-muted sm:hidden', ...hook.printHidden }, say.swipe),
  );
}

export function renderProgress(
  container: HTMLElement,
  journal: Journal,
  dimensions: readonly JournalDimension[],
  settings: JournalSettings,
  words: JournalWords,
  onDelete: (checkIn: CheckIn) => void,
): void {
  const say = words.progress;
  const day = (date: string) => formatDay(date, words.locale);
  const ordered = inDateOrder(journal.checkIns);
  const first = ordered[0];
  const latest = ordered[ordered.length - 1];
  if (!first || !latest) {
    container.replaceChildren(
      h('p', { class: 'mt-2' }, say.empty),
      ...(journal.goals.length > 0 ? [goalsList(journal, dimensions, words)] : []),
    );
    return;
  }
  const series = [...questionnaireSeries(journal, words), ...ratingSeries(journal, dimensions)];
  const parts: (HTMLElement | null)[] = [
    h('p', { class: 'mt-2', ...hook.checkInCount(ordered.length) }, say.count(ordered.length, day(first.date), day(latest.date))),
    h('p', { class: 'print-only' }, say.printed(day(localToday()), settings.siteName)),
    needsHelpNow(latest.phq9) ? safetyNote(settings, words) : null,
    journal.goals.length > 0 ? goalsList(journal, dimensions, words) : null,
    h('p', { class: 'mt-4 rounded-lg border border-calm-line bg-calm p-4' }, say.notADiagnosis),
    series.length > 0
      ? h('div', { class: 'journal-cards mt-4 grid gap-4' }, ...series.map((s) => seriesCard(s, words)))
      : null,
    checkInTable(journal, dimensions, words, onDelete),
  ];
  container.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
}
