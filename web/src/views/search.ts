import { gql } from '../api.js';
import { type Child, h, show } from '../dom.js';
import { SEARCH } from '../queries.js';
import type { ArticleRef, EntityRef, Statement } from '../types.js';
import { articleLink, entityLink, errorMessage, loading, section, statementItem } from '../ui.js';

/** A hit's node is an entity, a statement or an article; __typename says which. */
type Hit = { score: number; node: { __typename: string } };

function entityHit(hit: Hit): HTMLElement {
  const node = hit.node as unknown as Omit<EntityRef, 'kind'> & {
    entityKind: EntityRef['kind'];
    description?: string | null;
  };
  return h(
    'li',
    {},
    entityLink({ ...node, kind: node.entityKind }, true),
    node.description && h('span', { class: 'muted' }, ` — ${node.description}`),
  );
}

function articleHit(hit: Hit): HTMLElement {
  const node = hit.node as unknown as ArticleRef;
  return h(
    'li',
    {},
    articleLink(node),
    node.publishedOn && h('span', { class: 'muted' }, ` (${node.publishedOn})`),
  );
}

function group(title: string, id: string, items: Child[]): HTMLElement | null {
  if (items.length === 0) return null;
  return section(`${title} (${items.length})`, id, h('ul', { class: 'plain results' }, items));
}

/** One ranking over entities, statements and articles, shown grouped by what was found. */
export async function renderSearch(view: HTMLElement, query: string): Promise<void> {
  const results = h('div', { 'aria-live': 'polite' }, loading('results'));
  show(view, h('h1', {}, `Search: ${query}`), results);
  if (!query.trim()) return show(results, h('p', {}, 'Type something to search for.'));
  try {
    const { search } = await gql<{ search: Hit[] }>(SEARCH, { query });
    const isEntity = (hit: Hit) => !['Statement', 'Article'].includes(hit.node.__typename);
    const sections = [
      group('Entities', 'search-entities', search.filter(isEntity).map(entityHit)),
      group(
        'Articles',
        'search-articles',
        search.filter((hit) => hit.node.__typename === 'Article').map(articleHit),
      ),
      group(
        'Statements',
        'search-statements',
        search
          .filter((hit) => hit.node.__typename === 'Statement')
          .map((hit) => statementItem(hit.node as unknown as Statement)),
      ),
    ].filter(Boolean);
    show(results, sections.length ? sections : h('p', {}, `Nothing matches “${query}”.`));
  } catch (error) {
    show(results, errorMessage(error));
  }
}
