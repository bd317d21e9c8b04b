import type { STANCES } from '../domain/vocabulary.js';
import { builder } from './builder.js';

export const StanceEnum = builder.enumType('Stance', {
  description:
    'A position toward something: taken by a statement toward one of its subjects, or by an event.',
  values: {
    SUPPORTS: { description: 'For it.' },
    OPPOSES: { description: 'Against it (for now, too: "we will not do that").' },
    NEUTRAL: { description: 'Takes it up without taking a side.' },
    MIXED: { description: 'For and against at once, or for it under conditions.' },
  } satisfies Record<(typeof STANCES)[number], { description: string }>,
});
