import { h } from '../dom.js';
import { articleUrl, entityUrl } from '../router.js';
import { section } from '../ui.js';

interface IngestPayload {
  article: { slug: string; title: string } | null;
  replaced: boolean;
  entitiesCreated: number;
  entitiesReused: number;
  statementsCreated: number;
  statementsReused: number;
  relations: number;
  mentions: number;
  resolved: Array<{ slug: string; to: string; by: string }>;
  conflicts: Array<{ slug: string; field: string; kept: string; offered: string }>;
}

function conflicts(payload: IngestPayload): HTMLElement {
  if (payload.conflicts.length === 0) return h('p', { class: 'ok' }, 'No conflicts with curated facts.');
  const rows = payload.conflicts.map((c) =>
    h(
      'tr',
      {},
      h('td', {}, h('a', { href: entityUrl(c.slug) }, c.slug)),
      h('td', {}, c.field),
      h('td', {}, c.kept),
      h('td', {}, c.offered),
    ),
  );
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'p',
      {},
      `${payload.conflicts.length} conflicts: the graph kept its values (change them with updateEntity).`,
    ),
    h(
      'table',
      { class: 'conflicts' },
      h(
        'thead',
        {},
        h('tr', {}, h('th', {}, 'entity'), h('th', {}, 'field'), h('th', {}, 'kept'), h('th', {}, 'offered')),
      ),
      h('tbody', {}, rows),
    ),
  );
}

/** What the ingest did: the article's page, the counts, entities matched to existing ones, and conflicts. */
export function ingestResult(payload: IngestPayload): HTMLElement {
  const n = (count: number, what: string) => `${count} ${what}${count === 1 ? '' : 's'}`;
  const counts = `${n(payload.statementsCreated, 'statement')} new, ${payload.statementsReused} already known; ${n(payload.entitiesCreated, 'entity').replace(/ys$/, 'ies')} new, ${payload.entitiesReused} reused; ${n(payload.relations, 'relation')}, ${n(payload.mentions, 'mention')}.`;
  const resolved = payload.resolved.map((r) =>
    h('li', {}, `${r.slug} → `, h('a', { href: entityUrl(r.to) }, r.to), ` (by ${r.by})`),
  );
  return section(
    payload.replaced ? 'Replaced' : 'Ingested',
    'desk-result',
    payload.article &&
      h(
        'p',
        {},
        h('a', { href: articleUrl(payload.article.slug), id: 'ingested-article' }, payload.article.title),
      ),
    h('p', {}, counts),
    resolved.length > 0 &&
      h(
        'details',
        {},
        h('summary', {}, `${resolved.length} entities matched existing ones`),
        h('ul', {}, resolved),
      ),
    conflicts(payload),
  );
}
