import type { Graph } from '../db/graph.js';
import { InputError, type Problem } from '../domain/errors.js';
import type { WritePlan } from '../domain/write-plan.js';
import { checkDocument } from './steps/check-document.js';
import { checkDraft } from './steps/check-draft.js';
import { checkReferences } from './steps/check-references.js';
import { definedKinds, lenientDocument } from './steps/lenient.js';
import { tryParseDocument } from './steps/parse.js';
import { buildPlan } from './steps/plan.js';
import { resolveEntities } from './steps/resolve.js';

/**
 * Validates a raw document and resolves it against the graph, as named steps: check the draft (open
 * review items, placeholders), parse, check, resolve, check references, plan (with the conflicts
 * between the document and the graph's curated facts). Throws InputError listing every problem at
 * once; reads only, so a refused document changes nothing.
 */
export async function planIngest(graph: Graph, raw: unknown): Promise<WritePlan> {
  const problems: Problem[] = checkDraft(raw);
  const doc = tryParseDocument(raw, problems);
  if (!doc) {
    // A malformed document still gets its unknown slugs reported, in the same answer.
    const lenient = lenientDocument(raw);
    await checkReferences(graph, lenient, definedKinds(lenient), problems);
    throw new InputError(problems);
  }
  const defined = checkDocument(doc, problems);
  const { resolved, existing } = await resolveEntities(graph, doc, problems);
  await checkReferences(graph, doc, defined, problems);
  if (problems.length > 0) throw new InputError(problems);
  return buildPlan(doc, resolved, existing);
}
