import { CONFIDENCES } from '../domain/vocabulary.js';
import { builder } from './builder.js';

export const ConfidenceEnum = builder.enumType('Confidence', {
  description: 'How sure the decomposition is of an inferred fact. Leave it out for checked facts.',
  values: CONFIDENCES,
});

export type Confidence = (typeof CONFIDENCES)[number];

/** A stored confidence as the enum, or null when none was given (or it is not one of the values). */
export function confidenceOf(value: string | null | undefined): Confidence | null {
  return (CONFIDENCES as readonly string[]).includes(value ?? '') ? (value as Confidence) : null;
}
