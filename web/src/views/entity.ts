import { gql } from '../api.js';
import { h, show } from '../dom.js';
import { ENTITY } from '../queries.js';
import type { CoMention, EntityDetail } from '../types.js';
import { entityLink, errorMessage, kindChip, loading, section } from '../ui.js';
import { entityStatements } from './entity-statements.js';
import { neighbourhood } from './neighbourhood.js';
import type { Picture } from './picture.js';
import { entityTimeline } from './timeline.js';

function coMentions(items: CoMention[]): HTMLElement {
  const rows = items.map((c) =>
    h(
      'li',
      {},
      entityLink(c.entity, true),
      h('span', { class: 'muted' }, ` ${c.count}× together, score ${c.score.toFixed(2)}`),
    ),
  );
  return section(
    'Named together with',
    'co-mentions',
    rows.length ? h('ol', { class: 'plain' }, rows) : h('p', { class: 'muted' }, 'Nothing yet.'),
  );
}

function heading(entity: EntityDetail): HTMLElement {
  return h(
    'header',
    { class: 'page-head' },
    h('h1', {}, entity.name, ' ', kindChip(entity.kind)),
    entity.description && h('p', { class: 'lead' }, entity.description),
    entity.aliases.length > 0 && h('p', { class: 'muted' }, `Also: ${entity.aliases.join(', ')}`),
    entity.wikidataId && h('p', { class: 'muted' }, `Wikidata ${entity.wikidataId}`),
  );
}

/** The picture on screen; destroyed when the next entity is shown, so Cytoscape lets go of its canvas. */
let mounted: Picture | null = null;

/** An entity's page: its picture and path finder first, then statements, timeline and co-mentions. */
export async function renderEntity(view: HTMLElement, slug: string): Promise<void> {
  mounted?.destroy();
  mounted = null;
  show(view, h('h1', {}, slug), loading('the entity'));
  try {
    const data = await gql<{ entity: EntityDetail | null; coMentions: CoMention[] }>(ENTITY, { slug });
    if (!data.entity)
      return show(view, h('h1', {}, 'Not found'), h('p', {}, `No entity has the slug “${slug}”.`));
    const picture = neighbourhood(data.entity);
    const side = h('div', { class: 'stack' });
    const main = h('div', { class: 'stack' });
    show(view, heading(data.entity), picture.element, h('div', { class: 'grid wide-left' }, main, side));
    mounted = picture.mount();
    // The page counts as shown once its heading and picture are: the slower sections fill in after.
    show(side, coMentions(data.coMentions));
    void entityStatements(data.entity).then((statements) => show(main, statements));
    void entityTimeline(slug).then((timeline) => side.prepend(timeline));
  } catch (error) {
    show(view, h('h1', {}, slug), errorMessage(error));
  }
}
