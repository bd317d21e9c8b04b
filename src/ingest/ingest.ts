import { type WriteHooks, writeArticle } from '../db/article-write.js';
import type { Graph } from '../db/graph.js';
import type { WritePlan } from '../domain/write-plan.js';
import { planIngest } from './plan.js';

export interface IngestResult {
  articleSlug: string;
  /** True when an article with this slug existed and this document replaced it. */
  replaced: boolean;
  entitiesCreated: number;
  entitiesReused: number;
  resolved: WritePlan['resolved'];
  statementsCreated: number;
  statementsReused: number;
  relations: number;
  mentions: number;
  /** Curated facts the document offered with another value than the graph's: the graph's were kept. */
  conflicts: WritePlan['conflicts'];
}

/** Validates, resolves and writes one document; throws InputError (nothing written) when it is refused. */
export async function ingestDocument(
  graph: Graph,
  raw: unknown,
  hooks: WriteHooks = {},
): Promise<IngestResult> {
  const plan = await planIngest(graph, raw);
  const written = await writeArticle(graph, plan, hooks);
  return {
    articleSlug: plan.article.slug,
    replaced: written.replaced,
    entitiesCreated: plan.created.length,
    entitiesReused: plan.resolved.length,
    resolved: plan.resolved,
    statementsCreated: written.statementsCreated,
    statementsReused: written.statementsReused,
    relations: plan.relations.length,
    mentions: plan.mentions.length,
    conflicts: plan.conflicts,
  };
}
