import type { Graph } from '../../db/graph.js';
import { kindsOf } from '../../db/resolution.js';
import type { IngestDocument } from '../../domain/document.js';
import type { Problem } from '../../domain/errors.js';
import { type EntityKind, RELATION_TYPES } from '../../domain/vocabulary.js';

export interface Reference {
  path: string;
  slug: string;
  /** The kinds allowed at this place; empty: any kind. */
  kinds: readonly EntityKind[];
  what: string;
}

/** Every slug the document uses, with where and which kinds may stand there. */
export function referencesOf(doc: IngestDocument): Reference[] {
  const refs: Reference[] = [];
  const ref = (path: string, slug: string | undefined, kinds: readonly EntityKind[], what: string) => {
    if (slug) refs.push({ path, slug, kinds, what });
  };
  ref('article.outlet', doc.article.outlet, ['ORGANIZATION'], 'an outlet');
  doc.article.authors.forEach((slug, i) => {
    ref(`article.authors.${i}`, slug, ['PERSON'], 'an author');
  });
  doc.entities.forEach((entity, i) => {
    (entity.stances ?? []).forEach((stance, j) => {
      ref(`entities.${i}.stances.${j}.about`, stance.about, [], 'a subject');
    });
  });
  doc.relations.forEach((relation, i) => {
    const rule = RELATION_TYPES[relation.type];
    ref(`relations.${i}.from`, relation.from, rule.from, `the start of ${relation.type}`);
    ref(`relations.${i}.to`, relation.to, rule.to, `the end of ${relation.type}`);
  });
  doc.statements.forEach((statement, i) => {
    ref(`statements.${i}.speaker`, statement.speaker, ['PERSON', 'ORGANIZATION'], 'a speaker');
    statement.about.forEach((slug, j) => {
      ref(`statements.${i}.about.${j}`, slug, [], 'a subject');
    });
    ref(`statements.${i}.event`, statement.event, ['EVENT'], 'an event');
    ref(`statements.${i}.place`, statement.place, ['PLACE'], 'a place');
  });
  return refs;
}

/** Step 4: every used slug is defined in the document or exists in the graph, with a kind that fits. */
export async function checkReferences(
  graph: Graph,
  doc: IngestDocument,
  defined: Map<string, EntityKind>,
  problems: Problem[],
): Promise<void> {
  const refs = referencesOf(doc);
  const outside = [...new Set(refs.map((r) => r.slug).filter((slug) => !defined.has(slug)))];
  const existing = await kindsOf(graph, outside);
  for (const r of refs) {
    const kind = defined.get(r.slug) ?? (existing.get(r.slug) as EntityKind | undefined);
    if (!kind) {
      problems.push({
        path: r.path,
        message: `unknown slug "${r.slug}": define it in entities or ingest it first`,
      });
    } else if (r.kinds.length > 0 && !r.kinds.includes(kind)) {
      problems.push({
        path: r.path,
        message: `"${r.slug}" is a ${kind}; ${r.what} must be ${r.kinds.join(' or ')}`,
      });
    }
  }
}
