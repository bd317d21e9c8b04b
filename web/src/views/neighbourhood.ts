import { gql } from '../api.js';
import { type Child, h, show } from '../dom.js';
import { FIND_ENTITY, PATHS } from '../queries.js';
import { entityUrl } from '../router.js';
import type { EntityDetail, EntityRef, Path, PathNode, PathStep } from '../types.js';
import { articleLink, commaList, entityLink, errorMessage, kindChip, loading, section } from '../ui.js';
import { edgeId, legend, mountPicture, nodeId, type Picture, type Selection } from './picture.js';

function selectionView(selection: Selection): Child {
  if (selection.type === 'node') {
    return selection.slug
      ? h(
          'p',
          {},
          kindChip(selection.kind),
          ' ',
          h('a', { href: entityUrl(selection.slug) }, `Open ${selection.label}`),
        )
      : h('p', {}, 'Statement ', h('q', {}, selection.label));
  }
  const evidence = selection.evidence.map((article) => articleLink(article));
  return [
    h(
      'p',
      {},
      h('strong', {}, selection.from),
      ` ${selection.relation.toLowerCase().replace(/_/g, ' ')} `,
      h('strong', {}, selection.to),
      selection.role ? ` (${selection.role})` : '',
    ),
    h(
      'p',
      {},
      'Evidence: ',
      evidence.length ? commaList(evidence) : h('span', { class: 'muted' }, 'none recorded'),
    ),
  ];
}

function connectionRows(entity: EntityDetail, picture: () => Picture | null): HTMLElement {
  const center = nodeId(entity);
  const rows = entity.connections.edges.map(({ node: n }) => {
    const other = nodeId(n.entity);
    const id =
      n.direction === 'OUTGOING' ? edgeId(center, n.relation, other) : edgeId(other, n.relation, center);
    const relation = n.relation.toLowerCase().replace(/_/g, ' ');
    return h(
      'li',
      {},
      n.direction === 'OUTGOING' ? `${relation} ` : '',
      entityLink(n.entity, true),
      n.direction === 'INCOMING' ? ` ${relation} ${entity.name}` : '',
      n.role ? h('span', { class: 'muted' }, ` (${n.role})`) : '',
      ' ',
      h('button', { type: 'button', class: 'small', onclick: () => picture()?.selectEdge(id) }, 'Evidence'),
    );
  });
  return h('ul', { class: 'plain connections' }, rows);
}

function stepNode(node: PathNode): Child {
  if (node.slug)
    return entityLink({ slug: node.slug, name: node.name ?? node.slug, kind: node.kind ?? 'TOPIC' });
  return h('q', { class: 'statement-ref' }, node.text ?? 'a statement');
}

function stepView(step: PathStep): HTMLElement {
  const relation = step.relation.toLowerCase().replace(/_/g, ' ');
  const arrow = step.forward ? `— ${relation} →` : `← ${relation} —`;
  const evidence = step.evidence.map(articleLink);
  return h(
    'li',
    {},
    stepNode(step.from),
    ` ${arrow} `,
    stepNode(step.to),
    evidence.length > 0 && h('span', { class: 'muted evidence' }, ' · evidence: ', commaList(evidence)),
  );
}

/** Finds the entity a reader typed: a slug as it is, else the best entity that search finds. */
async function findEntity(text: string): Promise<EntityRef | null> {
  const slug = text.trim().toLowerCase().replace(/\s+/g, '-');
  const found = await gql<{
    entity: EntityRef | null;
    search: Array<{ node: Partial<EntityRef> & { __typename: string } }>;
  }>(FIND_ENTITY, { slug, query: text });
  if (found.entity) return found.entity;
  const hit = found.search.find(
    (result) => result.node.slug && !['Statement', 'Article'].includes(result.node.__typename),
  );
  return (hit?.node as EntityRef | undefined) ?? null;
}

async function showPaths(
  entity: EntityDetail,
  target: string,
  out: HTMLElement,
  picture: Picture | null,
): Promise<void> {
  show(out, loading('paths'));
  try {
    const to = await findEntity(target);
    if (!to) return show(out, h('p', { role: 'alert' }, `No entity called “${target}”.`));
    const { paths } = await gql<{ paths: Path[] }>(PATHS, { from: entity.slug, to: to.slug });
    const first = paths[0];
    if (!first)
      return show(out, h('p', {}, `${entity.name} and ${to.name} are not connected within 6 steps.`));
    picture?.drawPath(first);
    show(
      out,
      h(
        'p',
        {},
        `Shortest path to `,
        entityLink(to),
        `: ${first.length} steps${paths.length > 1 ? ` (${paths.length} paths; the first is drawn)` : ''}.`,
      ),
      paths.map((path, i) =>
        h('ol', { class: 'path', 'aria-label': `Path ${i + 1}` }, path.steps.map(stepView)),
      ),
    );
  } catch (error) {
    show(out, errorMessage(error));
  }
}

function pathForm(entity: EntityDetail, picture: () => Picture | null): HTMLElement {
  const input = h('input', {
    type: 'text',
    id: 'path-target',
    placeholder: 'e.g. google or Sam Altman',
    autocomplete: 'off',
  });
  const out = h('div', { id: 'path-result', 'aria-live': 'polite' });
  const submit = (event: Event) => {
    event.preventDefault();
    if (input.value.trim()) void showPaths(entity, input.value, out, picture());
  };
  return h(
    'div',
    { class: 'path-finder' },
    h(
      'form',
      { class: 'inline', onsubmit: submit },
      h('label', { for: 'path-target' }, 'Path to'),
      input,
      h('button', { type: 'submit' }, 'Draw path'),
    ),
    out,
  );
}

/** The picture of an entity's relations with evidence on click, its list for the keyboard, and the path finder. */
export function neighbourhood(entity: EntityDetail): { element: HTMLElement; mount: () => Picture } {
  const canvas = h('div', {
    class: 'picture',
    id: 'picture',
    role: 'img',
    'aria-label': `${entity.name} and ${entity.connections.totalCount} related entities; they are listed below the picture.`,
  });
  const details = h(
    'div',
    { class: 'selection', 'aria-live': 'polite' },
    h('p', { class: 'muted' }, 'Click a line for its evidence, a dot to open it.'),
  );
  let picture: Picture | null = null;
  const element = section(
    'Neighbourhood',
    'neighbourhood',
    canvas,
    legend(),
    details,
    entity.connections.edges.length
      ? connectionRows(entity, () => picture)
      : h('p', { class: 'muted' }, 'No recorded relations.'),
    pathForm(entity, () => picture),
  );
  const mount = () => {
    picture = mountPicture(
      canvas,
      entity,
      entity.connections.edges.map((e) => e.node),
      (selection) => show(details, selectionView(selection)),
    );
    return picture;
  };
  return { element, mount };
}
