import type { Graph } from '../db/graph.js';
import { InputError, type Problem } from '../domain/errors.js';
import type { WritePlan } from '../domain/write-plan.js';
import { checkDocument } from './steps/check-document.js';
import { checkReferences } from './steps/check-references.js';
import { parseDocument } from './steps/parse.js';
import { buildPlan } from './steps/plan.js';
import { resolveEntities } from './steps/resolve.js';

/**
 * Validates a raw document and resolves it against the graph, as named steps: parse, check, resolve,
 * check references, plan. Throws InputError listing every problem at once; reads only, so a refused
 * document changes nothing.
 */
export async function planIngest(graph: Graph, raw: unknown): Promise<WritePlan> {
  const doc = parseDocument(raw);
  const problems: Problem[] = [];
  const defined = checkDocument(doc, problems);
  const resolved = await resolveEntities(graph, doc, problems);
  await checkReferences(graph, doc, defined, problems);
  if (problems.length > 0) throw new InputError(problems);
  return buildPlan(doc, resolved);
}
