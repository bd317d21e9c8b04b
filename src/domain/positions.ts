import type { Stance } from './vocabulary.js';

export interface Shift {
  /** True when the stance differs from the one before it. */
  shift: boolean;
  /** The stance of the entry before; null for the first. */
  previous: Stance | null;
}

/**
 * Marks where a position changes, on entries already in time order: each entry is compared with
 * the one just before it. Every change counts (SUPPORTS to MIXED too): a softening is news as well.
 */
export function markShifts<T extends { stance: Stance }>(entries: readonly T[]): Array<T & Shift> {
  let previous: Stance | null = null;
  return entries.map((entry) => {
    const marked = { ...entry, shift: previous !== null && previous !== entry.stance, previous };
    previous = entry.stance;
    return marked;
  });
}
