/** One series as an accessible SVG line chart, coloured by the page's colour roles (so dark mode and print follow). */
import { CHART, chartModel, chartSummary } from '../../lib/journal/chart';
import { formatDay } from '../../lib/journal/model';
import type { Series } from '../../lib/journal/progress';
import { hook } from '../../lib/journal/dom-contract';
import type { JournalWords } from '../../lib/journal/words';
import { h, s } from './dom';

export function chartFigure(series: Series, words: JournalWords): HTMLElement {
  const model = chartModel(series, words.locale);
  const titleId = `chart-${series.id}-title`;
  const descId = `chart-${series.id}-desc`;
  const svg = s(
    'svg',
    {
      viewBox: `0 0 ${CHART.width} ${CHART.height}`,
      role: 'img',
      'aria-labelledby': `${titleId} ${descId}`,
      class: 'journal-chart',
      ...hook.chart(series.id),
    },
    s('title', { id: titleId }, words.chart.title(series.label)),
    s('desc', { id: descId }, chartSummary(series, words)),
  );
  for (const line of model.gridlines) {
    svg.append(
      s('line', { x1: CHART.left, x2: CHART.width - CHART.right, y1: line.y, y2: line.y, class: 'chart-grid' }),
      s('text', { x: CHART.left - 6, y: line.y, 'text-anchor': 'end', 'dominant-baseline': 'middle', class: 'chart-label' }, line.label),
    );
  }
  for (const label of model.dateLabels) {
    svg.append(s('text', { x: label.x, y: CHART.height - 8, 'text-anchor': label.anchor, class: 'chart-label' }, label.label));
  }
  if (model.line) svg.append(s('path', { d: model.line, class: 'chart-line' }));
  for (const point of model.points) {
    svg.append(
      s('circle', { cx: point.x, cy: point.y, r: 5, class: 'chart-point', ...hook.value(point.value) },
        s('title', {}, `${formatDay(point.date, words.locale)}: ${point.value}`)),
    );
  }
  return h('figure', { class: 'mt-3' }, svg, h('figcaption', { class: 'sr-only' }, words.chart.caption));
}
