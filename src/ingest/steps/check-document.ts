import type { IngestDocument } from '../../domain/document.js';
import type { Problem } from '../../domain/errors.js';
import type { EntityKind } from '../../domain/vocabulary.js';

const KIND_ONLY_FIELDS: Array<{ field: 'startsOn' | 'endsOn' | 'releasedOn'; kind: EntityKind }> = [
  { field: 'startsOn', kind: 'EVENT' },
  { field: 'endsOn', kind: 'EVENT' },
  { field: 'releasedOn', kind: 'AI_MODEL' },
];

/** Step 2: what can be checked inside the document alone. Returns the kinds of the slugs it defines. */
export function checkDocument(doc: IngestDocument, problems: Problem[]): Map<string, EntityKind> {
  const defined = new Map<string, EntityKind>();
  doc.entities.forEach((entity, i) => {
    if (defined.has(entity.slug))
      problems.push({ path: `entities.${i}.slug`, message: `"${entity.slug}" is defined twice` });
    defined.set(entity.slug, entity.kind);
    for (const { field, kind } of KIND_ONLY_FIELDS) {
      if (entity[field] && entity.kind !== kind) {
        problems.push({ path: `entities.${i}.${field}`, message: `only an ${kind} has ${field}` });
      }
    }
    if (entity.startsOn && entity.endsOn && entity.endsOn < entity.startsOn) {
      problems.push({ path: `entities.${i}.endsOn`, message: 'must not be before startsOn' });
    }
    if (entity.stances.length > 0 && entity.kind !== 'EVENT') {
      problems.push({
        path: `entities.${i}.stances`,
        message: 'only an EVENT takes stances (a statement carries its own)',
      });
    }
  });
  checkStatementStances(doc, problems);
  return defined;
}

/** A statement's stance is toward one of its subjects: it is stored on that ABOUT relationship. */
function checkStatementStances(doc: IngestDocument, problems: Problem[]): void {
  doc.statements.forEach((statement, i) => {
    statement.stances.forEach((stance, j) => {
      if (!statement.about.includes(stance.about)) {
        problems.push({
          path: `statements.${i}.stances.${j}.about`,
          message: `"${stance.about}" is not in this statement's about list; add it there too`,
        });
      }
    });
  });
}
