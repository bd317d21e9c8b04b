import { gql } from '../api.js';
import { h, s, show } from '../dom.js';
import { TIMELINE } from '../queries.js';
import { entityUrl } from '../router.js';
import type { Timeline } from '../types.js';
import { entityLink, errorMessage, loading, section } from '../ui.js';

/** Every month from the first to the last with entries, empty ones included, so gaps show as gaps. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  const [endYear, endMonth] = last.split('-').map(Number) as [number, number];
  while (year < endYear || (year === endYear && month <= endMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    month += 1;
    if (month > 12) [year, month] = [year + 1, 1];
  }
  return months;
}

const HEIGHT = 120;
const BAR = 22;

function bar(month: string, count: number, x: number, max: number): SVGElement {
  const height = max ? Math.round((count / max) * (HEIGHT - 20)) : 0;
  const y = HEIGHT - height;
  return s(
    'g',
    {},
    s('title', {}, `${month}: ${count}`),
    s('rect', { x: x + 3, y, width: BAR - 6, height, rx: 2, class: 'bar' }),
    count > 0 &&
      s('text', { x: x + BAR / 2, y: y - 4, 'text-anchor': 'middle', class: 'count' }, String(count)),
    (month.endsWith('-01') || x === 0) &&
      s(
        'text',
        { x: x + 2, y: HEIGHT + 14, class: 'axis' },
        month.endsWith('-01') ? month.slice(0, 4) : month,
      ),
  );
}

/** A bar per month, plain SVG: the counts come from the API's byMonth, over the whole timeline. */
export function monthChart(byMonth: Timeline['byMonth']): SVGElement | HTMLElement {
  const counts = new Map(byMonth.map((p) => [p.period, p.count]));
  const periods = [...counts.keys()].sort();
  if (periods.length === 0) return h('p', { class: 'muted' }, 'Nothing dated yet.');
  const months = monthsBetween(periods[0] as string, periods[periods.length - 1] as string);
  const max = Math.max(...counts.values());
  const width = Math.max(months.length * BAR, 120);
  const label = months.map((m) => `${m}: ${counts.get(m) ?? 0}`).join(', ');
  return s(
    'svg',
    {
      class: 'chart',
      viewBox: `0 0 ${width} ${HEIGHT + 20}`,
      role: 'img',
      'aria-label': `Entries per month: ${label}`,
      style: `max-width:${Math.max(width, 240)}px`,
    },
    months.map((month, i) => bar(month, counts.get(month) ?? 0, i * BAR, max)),
    s('line', { x1: 0, x2: width, y1: HEIGHT, y2: HEIGHT, class: 'baseline' }),
  );
}

function entryList(timeline: Timeline): HTMLElement {
  const items = timeline.edges.map(({ node }) =>
    h(
      'li',
      {},
      h('time', { datetime: node.date ?? '' }, node.date ?? 'undated'),
      ' ',
      node.event ? ['event: ', h('a', { href: entityUrl(node.event.slug) }, node.event.name)] : '',
      node.statement ? [entityLink(node.statement.speaker), ': ', h('q', {}, node.statement.text)] : '',
    ),
  );
  return h(
    'details',
    {},
    h('summary', {}, `All ${timeline.totalCount} entries, oldest first`),
    h('ol', { class: 'plain timeline' }, items),
  );
}

export async function entityTimeline(slug: string): Promise<HTMLElement> {
  const body = h('div', {}, loading('the timeline'));
  const element = section('Timeline', 'timeline', body);
  try {
    const { timeline } = await gql<{ timeline: Timeline }>(TIMELINE, { slug });
    const dated = timeline.byMonth.reduce((sum, p) => sum + p.count, 0);
    const undated = timeline.totalCount - dated;
    show(
      body,
      monthChart(timeline.byMonth),
      undated > 0 && h('p', { class: 'muted' }, `${undated} undated.`),
      entryList(timeline),
    );
  } catch (error) {
    show(body, errorMessage(error));
  }
  return element;
}
