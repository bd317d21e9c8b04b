import type { z } from 'zod';
import { InputError, type Problem } from '../errors.js';
import type { Graph } from '../graph/graph.js';
import { findCandidates, kindsOf } from '../graph/resolution.js';
import {
  documentSchema,
  type EntityKind,
  type IngestDocument,
  KIND_LABEL,
  RELATION_TYPES,
  type RelationType,
} from './document.js';
import { nameKey, statementId } from './normalise.js';

/** What the write path needs: the document with every slug resolved to the graph's, and its statements keyed. */
export interface WritePlan {
  article: {
    slug: string;
    title: string;
    url: string;
    language: string;
    publishedOn: string | null;
    section: string | null;
    outlet: string | null;
    authors: string[];
  };
  entities: Array<{
    slug: string;
    kind: EntityKind;
    label: string;
    /** false when the document's entity was resolved to an existing one under another slug: its name becomes an alias. */
    ownsName: boolean;
    name: string;
    nameKey: string;
    aliases: string[];
    /** Keys of the aliases, for resolving later documents by alias. */
    aliasKeys: string[];
    description: string | null;
    wikidataId: string | null;
    startsOn: string | null;
    endsOn: string | null;
    releasedOn: string | null;
    confidence: string | null;
  }>;
  mentions: string[];
  relations: Array<{
    from: string;
    type: RelationType;
    to: string;
    role: string | null;
    confidence: string | null;
  }>;
  statements: Array<{
    id: string;
    speaker: string;
    text: string;
    language: string;
    translation: string | null;
    kind: string;
    about: string[];
    event: string | null;
    place: string | null;
    saidOn: string | null;
    confidence: string | null;
  }>;
  /** Document slug -> graph slug, for entities resolved to an existing entity. */
  resolved: Array<{ slug: string; to: string; by: 'slug' | 'wikidataId' | 'name' }>;
  created: string[];
}

function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message,
  }));
}

const KIND_ONLY_FIELDS: Array<{ field: 'startsOn' | 'endsOn' | 'releasedOn'; kind: EntityKind }> = [
  { field: 'startsOn', kind: 'EVENT' },
  { field: 'endsOn', kind: 'EVENT' },
  { field: 'releasedOn', kind: 'AI_MODEL' },
];

/**
 * Validates a raw document and resolves it against the graph. Throws InputError listing every
 * problem at once; reads only, so a refused document changes nothing.
 */
export async function planIngest(graph: Graph, raw: unknown): Promise<WritePlan> {
  const parsed = documentSchema.safeParse(raw);
  if (!parsed.success) throw new InputError(zodProblems(parsed.error));
  const doc: IngestDocument = parsed.data;
  const problems: Problem[] = [];

  // Within the document.
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
  });

  // Against the graph: resolve defined entities, look up the kinds of the others.
  const candidates = await findCandidates(
    graph,
    doc.entities.map((e) => ({
      slug: e.slug,
      kind: e.kind,
      wikidataId: e.wikidataId ?? null,
      keys: [...new Set([e.name, ...e.aliases].map(nameKey))],
    })),
  );
  const finalSlug = new Map<string, string>();
  const resolved: WritePlan['resolved'] = [];
  candidates.forEach((candidate, i) => {
    const entity = doc.entities[i];
    if (!entity) return;
    if (candidate.slugKind && candidate.slugKind !== entity.kind) {
      problems.push({
        path: `entities.${i}.kind`,
        message: `"${entity.slug}" already exists as ${candidate.slugKind}, not ${entity.kind}`,
      });
    } else if (candidate.wikidataSlug && candidate.wikidataKind !== entity.kind) {
      problems.push({
        path: `entities.${i}.wikidataId`,
        message: `${entity.wikidataId} belongs to "${candidate.wikidataSlug}", a ${candidate.wikidataKind}`,
      });
    } else if (candidate.slugKind) {
      if (candidate.wikidataSlug && candidate.wikidataSlug !== entity.slug) {
        problems.push({
          path: `entities.${i}.wikidataId`,
          message: `${entity.wikidataId} already belongs to "${candidate.wikidataSlug}"`,
        });
      }
      resolved.push({ slug: entity.slug, to: entity.slug, by: 'slug' });
    } else if (candidate.wikidataSlug) {
      resolved.push({ slug: entity.slug, to: candidate.wikidataSlug, by: 'wikidataId' });
    } else if (candidate.byName) {
      resolved.push({ slug: entity.slug, to: candidate.byName, by: 'name' });
    }
  });
  for (const r of resolved) finalSlug.set(r.slug, r.to);
  const resolve = (slug: string) => finalSlug.get(slug) ?? slug;

  const referenced: Array<{ path: string; slug: string; kinds: readonly EntityKind[]; what: string }> = [];
  const ref = (path: string, slug: string | undefined, kinds: readonly EntityKind[], what: string) => {
    if (slug) referenced.push({ path, slug, kinds, what });
  };
  ref('article.outlet', doc.article.outlet, ['ORGANIZATION'], 'an outlet');
  doc.article.authors.forEach((slug, i) => {
    ref(`article.authors.${i}`, slug, ['PERSON'], 'an author');
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
  const outside = [...new Set(referenced.map((r) => r.slug).filter((slug) => !defined.has(slug)))];
  const existing = await kindsOf(graph, outside);
  for (const r of referenced) {
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
  if (problems.length > 0) throw new InputError(problems);

  const reusedSlugs = new Set(resolved.map((r) => r.slug));
  const statements = new Map<string, WritePlan['statements'][number]>();
  for (const s of doc.statements) {
    const speaker = resolve(s.speaker);
    const id = statementId(speaker, s.text);
    const about = [...new Set(s.about.map(resolve))];
    const same = statements.get(id);
    if (same) {
      same.about = [...new Set([...same.about, ...about])];
      continue;
    }
    statements.set(id, {
      id,
      speaker,
      text: s.text,
      language: s.language,
      translation: s.translation ?? null,
      kind: s.kind,
      about,
      event: s.event ? resolve(s.event) : null,
      place: s.place ? resolve(s.place) : null,
      saidOn: s.saidOn ?? null,
      confidence: s.confidence ?? null,
    });
  }
  const mentioned = new Set<string>();
  for (const e of doc.entities) if (e.mentioned) mentioned.add(resolve(e.slug));
  for (const s of statements.values()) {
    for (const slug of [s.speaker, ...s.about, s.event, s.place]) if (slug) mentioned.add(slug);
  }
  const relations = new Map<string, WritePlan['relations'][number]>();
  for (const r of doc.relations) {
    const from = resolve(r.from);
    const to = resolve(r.to);
    relations.set(`${from}|${r.type}|${to}`, {
      from,
      type: r.type,
      to,
      role: r.role ?? null,
      confidence: r.confidence ?? null,
    });
  }

  return {
    article: {
      slug: doc.article.slug,
      title: doc.article.title,
      url: doc.article.url,
      language: doc.article.language,
      publishedOn: doc.article.publishedOn ?? null,
      section: doc.article.section ?? null,
      outlet: doc.article.outlet ? resolve(doc.article.outlet) : null,
      authors: [...new Set(doc.article.authors.map(resolve))],
    },
    entities: doc.entities.map((e) => {
      const slug = resolve(e.slug);
      const ownsName = slug === e.slug;
      const aliases = ownsName ? e.aliases : [e.name, ...e.aliases];
      return {
        slug,
        kind: e.kind,
        label: KIND_LABEL[e.kind],
        ownsName,
        name: e.name,
        nameKey: nameKey(e.name),
        aliases,
        aliasKeys: [...new Set(aliases.map(nameKey))],
        description: e.description ?? null,
        wikidataId: e.wikidataId ?? null,
        startsOn: e.startsOn ?? null,
        endsOn: e.endsOn ?? null,
        releasedOn: e.releasedOn ?? null,
        confidence: e.confidence ?? null,
      };
    }),
    mentions: [...mentioned],
    relations: [...relations.values()],
    statements: [...statements.values()],
    resolved,
    created: doc.entities.filter((e) => !reusedSlugs.has(e.slug)).map((e) => e.slug),
  };
}
