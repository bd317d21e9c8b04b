import type { z } from 'zod';
import { documentSchema, type IngestDocument } from '../../domain/document.js';
import { InputError, type Problem } from '../../domain/errors.js';

/** Step 1: the raw JSON as a typed document, or every shape problem at once, after the `earlier` ones. */
export function parseDocument(raw: unknown, earlier: readonly Problem[] = []): IngestDocument {
  const parsed = documentSchema.safeParse(raw);
  if (!parsed.success) throw new InputError([...earlier, ...zodProblems(parsed.error)]);
  return parsed.data;
}

/** Step 1, for ingest: the typed document, or null with its shape problems added to `problems`. */
export function tryParseDocument(raw: unknown, problems: Problem[]): IngestDocument | null {
  const parsed = documentSchema.safeParse(raw);
  if (parsed.success) return parsed.data;
  problems.push(...zodProblems(parsed.error));
  return null;
}

export function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message,
  }));
}
