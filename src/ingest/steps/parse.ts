import type { z } from 'zod';
import { documentSchema, type IngestDocument } from '../../domain/document.js';
import { InputError, type Problem } from '../../domain/errors.js';

/** Step 1: the raw JSON as a typed document, or every shape problem at once. */
export function parseDocument(raw: unknown): IngestDocument {
  const parsed = documentSchema.safeParse(raw);
  if (!parsed.success) throw new InputError(zodProblems(parsed.error));
  return parsed.data;
}

export function zodProblems(error: z.ZodError): Problem[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message,
  }));
}
