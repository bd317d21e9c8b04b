import type { IngestDocument } from '../../domain/document.js';
import { ENTITY_KINDS, type EntityKind, RELATION_TYPES, type RelationType } from '../../domain/vocabulary.js';

/**
 * What can be read from a document that failed its shape check: the slugs it defines and uses, where
 * they are readable. With it the references are checked too, so a refused document lists its unknown
 * slugs together with its shape problems instead of one batch after the other.
 */
export function lenientDocument(raw: unknown): IngestDocument {
  const r = record(raw);
  const article = record(r.article);
  return {
    article: {
      slug: 'lenient',
      title: '',
      url: '',
      language: '',
      outlet: str(article.outlet),
      authors: list(article.authors).filter(isString),
    },
    entities: list(r.entities).flatMap((e) => {
      const x = record(e);
      const kind = ENTITY_KINDS.find((k) => k === x.kind);
      const stances = list(x.stances).flatMap((st) => {
        const about = str(record(st).about);
        return about ? [{ about, stance: 'NEUTRAL' as const }] : [];
      });
      return isString(x.slug) && kind
        ? [{ kind, slug: x.slug, name: '', aliases: [], mentioned: true, stances }]
        : [];
    }),
    relations: list(r.relations).flatMap((e) => {
      const x = record(e);
      const type = x.type as RelationType;
      return isString(x.from) && isString(x.to) && typeof x.type === 'string' && x.type in RELATION_TYPES
        ? [{ from: x.from, to: x.to, type }]
        : [];
    }),
    statements: list(r.statements).map((e) => {
      const x = record(e);
      return {
        speaker: str(x.speaker) ?? '',
        text: '',
        language: '',
        kind: 'QUOTE' as const,
        about: list(x.about).filter(isString),
        event: str(x.event),
        place: str(x.place),
        stances: [],
      };
    }),
  } as unknown as IngestDocument;
}

/** The kinds of the slugs a lenient document defines. */
export function definedKinds(doc: IngestDocument): Map<string, EntityKind> {
  return new Map(doc.entities.map((e) => [e.slug, e.kind]));
}

const isString = (v: unknown): v is string => typeof v === 'string' && v.length > 0;
const str = (v: unknown) => (isString(v) ? v : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const record = (v: unknown): Record<string, unknown> =>
  v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
