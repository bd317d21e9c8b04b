import type { CuratedFacts } from '../../domain/curation.js';
import type { IngestDocument, StanceInput } from '../../domain/document.js';
import { nameKey, statementId } from '../../domain/normalise.js';
import type { PlannedStance, WritePlan } from '../../domain/write-plan.js';
import { findConflicts } from './conflicts.js';

type Resolve = (slug: string) => string;

/**
 * Step 5: the write plan, every slug replaced by the graph's, with the conflicts between the document
 * and the curated facts of `existing` (by graph slug); pure, so it is tested without Neo4j. The
 * document's `review` section is for people only and plays no part.
 */
export function buildPlan(
  doc: IngestDocument,
  resolved: WritePlan['resolved'],
  existing: ReadonlyMap<string, CuratedFacts> = new Map(),
): WritePlan {
  const finalSlug = new Map(resolved.map((r) => [r.slug, r.to]));
  const resolve: Resolve = (slug) => finalSlug.get(slug) ?? slug;
  const statements = planStatements(doc, resolve);
  const reusedSlugs = new Set(resolved.map((r) => r.slug));
  const entities = planEntities(doc, resolve);
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
    entities,
    mentions: planMentions(doc, statements, resolve),
    relations: planRelations(doc, resolve),
    statements,
    eventStances: planEventStances(doc, resolve),
    resolved,
    created: doc.entities.filter((e) => !reusedSlugs.has(e.slug)).map((e) => e.slug),
    conflicts: findConflicts(entities, existing),
  };
}

/** One stance per subject: the last one given wins. */
function oneEach(stances: PlannedStance[]): PlannedStance[] {
  return [...new Map(stances.map((s) => [s.about, s])).values()];
}

function planStances(stances: StanceInput[], resolve: Resolve): PlannedStance[] {
  return oneEach(
    stances.map((s) => ({ about: resolve(s.about), stance: s.stance, confidence: s.confidence ?? null })),
  );
}

/**
 * One statement per identity (speaker + normalised text); a repeated one adds its subjects and
 * stances and keeps the position of its first occurrence. Positions count statements in document
 * order, so the lead is 0.
 */
function planStatements(doc: IngestDocument, resolve: Resolve): WritePlan['statements'] {
  const statements = new Map<string, WritePlan['statements'][number]>();
  for (const s of doc.statements) {
    const speaker = resolve(s.speaker);
    const id = statementId(speaker, s.text);
    const about = [...new Set(s.about.map(resolve))];
    const stances = planStances(s.stances, resolve);
    const same = statements.get(id);
    if (same) {
      same.about = [...new Set([...same.about, ...about])];
      same.stances = oneEach([...same.stances, ...stances]);
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
      position: statements.size,
      stances,
    });
  }
  return [...statements.values()];
}

function planEventStances(doc: IngestDocument, resolve: Resolve): WritePlan['eventStances'] {
  return doc.entities.flatMap((e) =>
    planStances(e.stances, resolve).map((stance) => ({ event: resolve(e.slug), ...stance })),
  );
}

/** What the article mentions: the entities it names and everything its statements touch. */
function planMentions(doc: IngestDocument, statements: WritePlan['statements'], resolve: Resolve): string[] {
  const mentioned = new Set<string>();
  for (const e of doc.entities) if (e.mentioned) mentioned.add(resolve(e.slug));
  for (const s of statements) {
    for (const slug of [s.speaker, ...s.about, s.event, s.place]) if (slug) mentioned.add(slug);
  }
  return [...mentioned];
}

function planRelations(doc: IngestDocument, resolve: Resolve): WritePlan['relations'] {
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
  return [...relations.values()];
}

/** A document entity resolved under another slug keeps its name as an alias of the existing one. */
function planEntities(doc: IngestDocument, resolve: Resolve): WritePlan['entities'] {
  return doc.entities.map((e) => {
    const slug = resolve(e.slug);
    const ownsName = slug === e.slug;
    const aliases = ownsName ? e.aliases : [e.name, ...e.aliases];
    return {
      slug,
      kind: e.kind,
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
  });
}
