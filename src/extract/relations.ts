import type { Ref } from './attribution.js';
import { ROLE_WORDS } from './lexicon.js';

/**
 * Who works where, from the ways news introduces people: "Sam Altman, the chief executive of OpenAI",
 * "die Informatikerin Lena Hoffmann von der Universität Leipzig", "OpenAI-Chef Sam Altman",
 * "Anthropic CEO Dario Amodei".
 */

export interface Affiliation {
  person: Ref;
  organization: Ref;
  role: string | null;
}

const AFTER =
  /^,?\s*((?:(?:a|an|the|der|die|das|ein|eine)\s+)?[\p{L}\- ]{0,60}?)\s*(?:of|at|for|from|with|von|vom|bei|der|des|am|an der|von der)\s+(?:the\s+|der\s+|dem\s+|den\s+)?$/iu;
const ROLE_BEFORE = /((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)\s+$/u;

export function findAffiliations(text: string, refs: Ref[]): Affiliation[] {
  const out: Affiliation[] = [];
  const seen = new Set<string>();
  const add = (person: Ref, organization: Ref, role: string | null) => {
    const key = `${person.id}|${organization.id}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ person, organization, role: role?.trim() || null });
  };
  refs.forEach((ref, i) => {
    if (ref.kind !== 'PERSON') return;
    const next = refs[i + 1];
    if (next?.kind === 'ORGANIZATION' && next.start - ref.end <= 70) {
      const between = text.slice(ref.end, next.start);
      const m = AFTER.exec(between);
      if (m && !/[.!?;„“"]/.test(between)) add(ref, next, roleFrom(m[1] ?? '') ?? roleBefore(text, ref));
    }
    const prev = refs[i - 1];
    if (prev?.kind === 'ORGANIZATION' && ref.start - prev.end <= 30) {
      const between = text.slice(prev.end, ref.start);
      const role = /^(?:-|\s+)([\p{L}-]+(?:\s+[\p{L}-]+){0,2})\s+$/u.exec(between)?.[1];
      if (role?.split(/[\s-]+/).some((w) => ROLE_WORDS.has(w.toLowerCase()))) add(ref, prev, role);
    }
  });
  return out;
}

function roleFrom(phrase: string): string | null {
  const words = phrase.replace(/^(a|an|the|der|die|das|ein|eine)\s+/i, '').trim();
  return words.length > 0 ? words : null;
}

/** "die Informatikerin Lena Hoffmann von der …": the role stands before the name. */
function roleBefore(text: string, ref: Ref): string | null {
  const m = ROLE_BEFORE.exec(text.slice(Math.max(0, ref.start - 40), ref.start));
  const word = m?.[1]?.split(/\s+/).at(-1);
  return word && ROLE_WORDS.has(word.toLowerCase()) ? word : null;
}
