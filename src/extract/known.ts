import type { Token } from './text.js';

/** An entity the graph already has, as the extractor sees it. */
export interface KnownEntity {
  slug: string;
  kind: string;
  name: string;
  aliases: string[];
}

export interface KnownHit {
  entity: KnownEntity;
  /** The form that matched (name, alias or surname). */
  form: string;
  start: number;
  end: number;
  /** Token range [first, last). */
  first: number;
  last: number;
}

interface Form {
  words: string[];
  entity: KnownEntity;
  /** A person's surname alone: it counts only after the full name appeared in the text. */
  surname: boolean;
}

const FORM_WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}]*(?:[.'’&][\p{L}\p{N}]+)*\.?/gu;
const MAX_WORDS = 12;

/**
 * Every name and alias of the known entities, keyed by its lower-case words: the text is read once,
 * and at each word at most MAX_WORDS lookups decide whether a known name starts there. The cost grows
 * with the text, not with the size of the graph.
 */
export class KnownNames {
  private readonly forms = new Map<string, Form[]>();

  constructor(entities: KnownEntity[]) {
    for (const entity of entities) {
      const names = new Set([entity.name, ...entity.aliases]);
      for (const name of names) this.add(name, entity, false);
      // After the full name: a person by surname, an organization by its last word ("the Commission").
      if (entity.kind === 'PERSON' || entity.kind === 'ORGANIZATION') {
        for (const name of entity.kind === 'PERSON' ? [entity.name] : names) {
          const last = name.split(/[\s-]+/).at(-1) ?? '';
          if (last.length >= 3 && last !== name && !names.has(last)) this.add(last, entity, true);
        }
      }
    }
  }

  private add(name: string, entity: KnownEntity, surname: boolean): void {
    const words = (name.match(FORM_WORD) ?? []).map(bare);
    if (words.length === 0 || words.length > MAX_WORDS || name.length < 2) return;
    const key = words.map((w) => w.toLowerCase()).join(' ');
    const list = this.forms.get(key) ?? [];
    list.push({ words, entity, surname });
    this.forms.set(key, list);
  }

  /** The known names in the text, longest match first at each place, no overlaps. */
  find(text: string, tokens: Token[]): KnownHit[] {
    const hits: KnownHit[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < tokens.length; ) {
      const hit = this.longestAt(text, tokens, i, seen);
      if (hit) {
        hits.push(hit);
        seen.add(hit.entity.slug);
        i = hit.last;
      } else i += 1;
    }
    return hits;
  }

  private longestAt(text: string, tokens: Token[], i: number, seen: Set<string>): KnownHit | null {
    const words: string[] = [];
    let best: KnownHit | null = null;
    for (let n = 1; n <= MAX_WORDS && i + n <= tokens.length; n++) {
      const token = tokens[i + n - 1] as Token;
      if (n > 1 && !nameGap(text, tokens[i + n - 2] as Token, token)) break;
      words.push(bare(token.text));
      const match = this.lookup(words, seen) ?? this.lookup(withoutGenitive(words), seen);
      if (match) {
        const first = tokens[i] as Token;
        best = {
          entity: match.entity,
          form: match.words.join(' '),
          start: first.start,
          end: token.end,
          first: i,
          last: i + n,
        };
      }
    }
    return best;
  }

  private lookup(words: string[] | null, seen: Set<string>): Form | null {
    if (!words) return null;
    const list = this.forms.get(words.map((w) => w.toLowerCase()).join(' '));
    if (!list) return null;
    return (
      list.find((form) => (!form.surname || seen.has(form.entity.slug)) && caseFits(form, words)) ?? null
    );
  }
}

/** Dots do not count: "U.S." is "US". */
const bare = (word: string) => word.replace(/\./g, '');

/** Between two words of one name: spaces, a hyphen, a comma or a slash, on one line. */
function nameGap(text: string, a: Token, b: Token): boolean {
  if (a.sentence !== b.sentence) return false;
  const gap = text.slice(a.end, b.start);
  return gap.length <= 3 && /^[ \-–,/.]*$/.test(gap) && gap.length > 0;
}

/** "OpenAIs", "OpenAI's": the name without its genitive ending. */
function withoutGenitive(words: string[]): string[] | null {
  const last = words.at(-1) ?? '';
  const bare = last.replace(/(?:['’]s|s|['’])$/u, '');
  if (bare === last || bare.length < 3) return null;
  return [...words.slice(0, -1), bare];
}

/**
 * Case must fit: topics match in any case ("Chips", "chips"); other names as written, except that a
 * lower-case word of a name may start with a capital (sentence starts, German nouns).
 */
function caseFits(form: Form, words: string[]): boolean {
  if (form.entity.kind === 'TOPIC') return true;
  return form.words.every((expected, k) => {
    const actual = words[k] ?? '';
    if (actual === expected) return true;
    return expected === expected.toLowerCase() && actual.toLowerCase() === expected;
  });
}
