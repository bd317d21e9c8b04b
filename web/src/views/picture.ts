import cytoscape from 'cytoscape';
import { h } from '../dom.js';
import type { ArticleRef, EntityRef, Kind, Neighbour, Path, PathNode } from '../types.js';
import { KIND_COLOURS, KIND_LABELS } from '../ui.js';

/** What a click on the picture shows: a relation with its evidence, or an entity to open. */
export type Selection =
  | { type: 'edge'; relation: string; role: string | null; from: string; to: string; evidence: ArticleRef[] }
  | { type: 'node'; slug: string | null; label: string; kind: string };

export interface Picture {
  /** Selects the relation to a neighbour, as a click on its edge would (the keyboard's way in). */
  selectEdge(id: string): void;
  drawPath(path: Path): void;
  destroy(): void;
}

const STATEMENT_COLOUR = '#6b7280';
const PATH_COLOUR = '#f59e0b';
const MAX_FIT_ZOOM = 1.1;

export function nodeId(node: { slug?: string | undefined; id?: string }): string {
  return node.slug ? `e:${node.slug}` : `s:${node.id}`;
}

export function edgeId(source: string, relation: string, target: string): string {
  return `${source}|${relation}|${target}`;
}

function entityNode(entity: EntityRef, level: number): cytoscape.ElementDefinition {
  return {
    group: 'nodes',
    data: {
      id: nodeId(entity),
      slug: entity.slug,
      label: entity.name,
      kind: entity.kind,
      colour: KIND_COLOURS[entity.kind],
      level,
    },
  };
}

function pathNode(node: PathNode): cytoscape.ElementDefinition {
  if (node.slug && node.kind)
    return entityNode({ slug: node.slug, name: node.name ?? node.slug, kind: node.kind }, 1);
  const text = node.text ?? '';
  const label = `“${text.length > 40 ? `${text.slice(0, 38)}…` : text}”`;
  return {
    group: 'nodes',
    data: { id: nodeId(node), label, kind: 'STATEMENT', colour: STATEMENT_COLOUR, level: 1 },
    classes: 'statement',
  };
}

function relationLabel(relation: string): string {
  return relation.toLowerCase().replace(/_/g, ' ');
}

function neighbourEdge(center: string, n: Neighbour): cytoscape.ElementDefinition {
  const other = nodeId(n.entity);
  const [source, target] = n.direction === 'OUTGOING' ? [center, other] : [other, center];
  return {
    group: 'edges',
    data: {
      id: edgeId(source, n.relation, target),
      source,
      target,
      relation: n.relation,
      label: relationLabel(n.relation),
      role: n.role,
      evidence: n.evidence,
    },
  };
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'background-color': 'data(colour)',
      width: 26,
      height: 26,
      color: '#111827',
      'font-size': 12,
      'text-valign': 'bottom',
      'text-margin-y': 4,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
    },
  },
  { selector: 'node.center', style: { width: 42, height: 42, 'font-weight': 'bold', 'font-size': 13 } },
  {
    selector: 'node.statement',
    style: { shape: 'round-rectangle', width: 16, height: 16, 'font-style': 'italic', 'font-size': 10 },
  },
  {
    selector: 'edge',
    style: {
      width: 2,
      'line-color': '#9ca3af',
      'target-arrow-color': '#9ca3af',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      label: 'data(label)',
      'font-size': 10,
      color: '#374151',
      'text-background-color': '#ffffff',
      'text-background-opacity': 1,
      'text-background-padding': '2px',
    },
  },
  { selector: 'node.on-path', style: { 'border-width': 4, 'border-color': PATH_COLOUR } },
  {
    selector: 'edge.on-path',
    style: { width: 5, 'line-color': PATH_COLOUR, 'target-arrow-color': PATH_COLOUR, 'z-index': 10 },
  },
  {
    selector: 'edge:selected',
    style: { 'line-color': '#111827', 'target-arrow-color': '#111827', width: 4 },
  },
  { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#111827' } },
];

/** The neighbourhood as a star: the entity in the middle, its neighbours on a ring around it. */
function starLayout(cy: cytoscape.Core): cytoscape.LayoutOptions {
  return {
    name: 'concentric',
    concentric: (node: cytoscape.NodeSingular) => Number(node.data('level')),
    levelWidth: () => 1,
    // Diagonal spokes: a neighbour straight above would sit its label on the edge below it.
    startAngle: (5 / 4) * Math.PI,
    minNodeSpacing: 60,
    // Few neighbours make a tight ring (its size follows their count): spread them for their labels.
    spacingFactor: cy.nodes().length <= 6 ? 2.4 : cy.nodes().length <= 12 ? 1.6 : 1,
    animate: false,
    padding: 30,
  } as cytoscape.ConcentricLayoutOptions;
}

/**
 * With a path drawn, ranks by distance from the entity: the path runs from rank to rank, so no edge
 * of it passes behind a node that is not on it (as a ring can). Ranks run along the longer side.
 */
function rankLayout(centerId: string, container: HTMLElement): cytoscape.LayoutOptions {
  const [width, height] = [container.clientWidth, container.clientHeight];
  const across = width > height;
  return {
    name: 'breadthfirst',
    // Laid out top to bottom in a box of swapped sides, then turned: ranks run left to right.
    boundingBox: across ? { x1: 0, y1: 0, w: height, h: width } : undefined,
    roots: [centerId],
    directed: false,
    spacingFactor: 1.1,
    nodeDimensionsIncludeLabels: true,
    padding: 30,
    animate: false,
    transform: (_node: cytoscape.NodeSingular, position: cytoscape.Position) =>
      across ? { x: position.y, y: position.x } : position,
  } as cytoscape.BreadthFirstLayoutOptions;
}

function layout(cy: cytoscape.Core, options: cytoscape.LayoutOptions): void {
  cy.layout(options).run();
  cy.fit(undefined, 30);
  // A small neighbourhood would be blown up to fill the box; keep it at reading size.
  if (cy.zoom() > MAX_FIT_ZOOM) {
    cy.zoom(MAX_FIT_ZOOM);
    cy.center();
  }
}

function selectionOf(element: cytoscape.SingularElementReturnValue): Selection {
  const data = element.data();
  if (element.isNode()) return { type: 'node', slug: data.slug ?? null, label: data.label, kind: data.kind };
  const edge = element as cytoscape.EdgeSingular;
  return {
    type: 'edge',
    relation: data.relation,
    role: data.role ?? null,
    from: edge.source().data('label'),
    to: edge.target().data('label'),
    evidence: data.evidence ?? [],
  };
}

/** The path's nodes and edges, added where missing; its edges keep their evidence for a click. */
function pathElements(path: Path): cytoscape.ElementDefinition[] {
  const elements: cytoscape.ElementDefinition[] = [];
  for (const step of path.steps) {
    elements.push(pathNode(step.from), pathNode(step.to));
    const [from, to] = [nodeId(step.from), nodeId(step.to)];
    const [source, target] = step.forward ? [from, to] : [to, from];
    elements.push({
      group: 'edges',
      data: {
        id: edgeId(source, step.relation, target),
        source,
        target,
        relation: step.relation,
        label: relationLabel(step.relation),
        role: null,
        evidence: step.evidence,
      },
    });
  }
  return elements;
}

/** Lists what is drawn on the container, so tests and assistive tools can read the canvas. */
function describe(container: HTMLElement, cy: cytoscape.Core): void {
  const slugs = cy.nodes('[slug]').map((node) => String(node.data('slug')));
  container.dataset.nodes = slugs.join(' ');
  container.dataset.path = cy
    .nodes('.on-path')
    .map((node) => String(node.data('slug') ?? 'statement'))
    .join(' ');
}

function drawPathOn(cy: cytoscape.Core, container: HTMLElement, centerId: string, path: Path): void {
  cy.elements().removeClass('on-path');
  cy.remove('.path-only');
  for (const element of pathElements(path)) {
    const id = String(element.data.id);
    const existing = cy.getElementById(id);
    const drawn = existing.nonempty()
      ? existing
      : cy.add({ ...element, classes: `${element.classes ?? ''} path-only` });
    drawn.addClass('on-path');
  }
  layout(cy, rankLayout(centerId, container));
  describe(container, cy);
}

/** The neighbourhood of an entity: it in the middle, its relations around it, coloured by kind. */
export function mountPicture(
  container: HTMLElement,
  center: EntityRef,
  neighbours: Neighbour[],
  onSelect: (selection: Selection) => void,
): Picture {
  const centerId = nodeId(center);
  const elements = [
    { ...entityNode(center, 3), classes: 'center' },
    ...neighbours.map((n) => entityNode(n.entity, 2)),
    ...neighbours.map((n) => neighbourEdge(centerId, n)),
  ];
  const cy = cytoscape({ container, elements, style: STYLE, minZoom: 0.3, maxZoom: 3 });
  layout(cy, starLayout(cy));
  describe(container, cy);
  cy.on('tap', 'node, edge', (event) => onSelect(selectionOf(event.target)));
  const resize = new ResizeObserver(() => cy.resize());
  resize.observe(container);
  return {
    selectEdge(id) {
      const edge = cy.getElementById(id);
      if (edge.empty()) return;
      cy.elements().unselect();
      edge.select();
      onSelect(selectionOf(edge));
    },
    drawPath: (path) => drawPathOn(cy, container, centerId, path),
    destroy() {
      resize.disconnect();
      cy.destroy();
    },
  };
}

export function legend(): HTMLElement {
  const kinds = Object.keys(KIND_COLOURS) as Kind[];
  return h(
    'ul',
    { class: 'legend', 'aria-label': 'Colours by kind' },
    kinds.map((kind) =>
      h(
        'li',
        {},
        h('span', { class: 'swatch', style: `background:${KIND_COLOURS[kind]}` }),
        KIND_LABELS[kind],
      ),
    ),
    h('li', {}, h('span', { class: 'swatch square', style: `background:${STATEMENT_COLOUR}` }), 'statement'),
    h('li', {}, h('span', { class: 'swatch line', style: `background:${PATH_COLOUR}` }), 'path'),
  );
}
