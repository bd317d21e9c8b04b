import { CUE_VERBS, type Lang, ORG_ANAPHORS, PRONOUNS, SPOKES } from './lexicon.js';
import type { Quote } from './text.js';

/**
 * Who said each quote: the reporting verb around it (after, before, or a colon introducing it), the
 * speaker that verb points at (a name, a pronoun for the last person named, a spokesperson for their
 * organization), or, with no cue at all, the speaker of the quote it continues.
 */

/** A person or organization named outside quotes, known to the graph or new. */
export interface Ref {
  id: string;
  name: string;
  kind: 'PERSON' | 'ORGANIZATION';
  gender: 'male' | 'female' | null;
  start: number;
  end: number;
}

export interface Attribution {
  speaker: Ref | null;
  cue: string | null;
  /** 0..1. */
  confidence: number;
  reason: string;
}

interface Window {
  from: number;
  to: number;
}

interface Element {
  at: number;
  ref: Ref | null;
  what: 'name' | 'pronoun' | 'spokes' | 'anaphor';
  gender?: 'male' | 'female';
}

export class Attributor {
  private readonly verbs: RegExp;
  private readonly pronouns: RegExp;
  private readonly spokes: RegExp;
  private readonly anaphors: RegExp;

  constructor(
    private readonly text: string,
    private readonly lang: Lang,
    private readonly refs: Ref[],
    private readonly sentences: number[],
  ) {
    const words = (list: string[]) => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    this.verbs = new RegExp(`(?<![\\p{L}])(${words(CUE_VERBS[lang])})(?![\\p{L}])`, 'giu');
    this.pronouns = new RegExp(`(?<![\\p{L}])(${Object.keys(PRONOUNS[lang]).join('|')})(?![\\p{L}])`, 'giu');
    this.spokes = new RegExp(`(${words(SPOKES[lang])})`, 'giu');
    this.anaphors = new RegExp(`(?<![\\p{L}])(${words(ORG_ANAPHORS[lang])})(?![\\p{L}])`, 'giu');
  }

  attribute(quotes: Quote[]): Attribution[] {
    const out: Attribution[] = [];
    quotes.forEach((quote, i) => {
      const found = this.byCue(quote, quotes[i - 1], quotes[i + 1]);
      if (found) out.push(found);
      else out.push(this.continued(quote, quotes[i - 1], out[i - 1]));
    });
    return out;
  }

  private sentenceEnd(quote: Quote): number {
    return this.sentences[quote.sentence + 1] ?? this.text.length;
  }

  private byCue(quote: Quote, prev: Quote | undefined, next: Quote | undefined): Attribution | null {
    const end = Math.min(this.sentenceEnd(quote), next?.start ?? Number.POSITIVE_INFINITY, quote.end + 250);
    const after = { from: quote.end, to: end };
    const sentenceStart = this.sentences[quote.sentence] ?? 0;
    const before = {
      from: Math.max(sentenceStart, prev && prev.sentence === quote.sentence ? prev.end : 0),
      to: quote.start,
    };
    const afterVerb = this.verbIn(after);
    if (afterVerb) {
      // "X hatte von einer „…“ gesprochen": the verb after, the speaker before.
      const speaker =
        this.speakerAround(after, afterVerb.at, quote.start, 'after') ??
        this.preferPeople(this.elements(before).reverse(), quote.start, before);
      if (speaker)
        return {
          speaker,
          cue: afterVerb.verb,
          confidence: 0.9,
          reason: `cue "${afterVerb.verb}" after the quote`,
        };
    }
    const beforeVerb = this.verbIn(before);
    if (beforeVerb) {
      const speaker = this.speakerAround(before, beforeVerb.at, quote.start, 'before');
      if (speaker)
        return {
          speaker,
          cue: beforeVerb.verb,
          confidence: 0.85,
          reason: `cue "${beforeVerb.verb}" before the quote`,
        };
    }
    if (/:\s*$/.test(this.text.slice(before.from, before.to))) {
      const speaker = this.firstSpeaker(before, quote.start);
      if (speaker) return { speaker, cue: ':', confidence: 0.75, reason: 'introduced by a colon' };
    }
    return null;
  }

  /** No cue: the same speaker as the quote before, when it is in this paragraph or the one before. */
  private continued(
    quote: Quote,
    prev: Quote | undefined,
    prevAttribution: Attribution | undefined,
  ): Attribution {
    const reported = this.reportedBefore(quote, prev);
    if (reported)
      return {
        speaker: reported,
        cue: null,
        confidence: 0.65,
        reason: 'follows a sentence that reports speech',
      };
    const near = prev && quote.paragraph - prev.paragraph <= 1;
    const speaker = prevAttribution?.speaker;
    const interrupted =
      prev &&
      this.refs.some(
        (r) => r.kind === 'PERSON' && r.id !== speaker?.id && r.start > prev.end && r.start < quote.start,
      );
    if (near && prevAttribution?.speaker && !interrupted) {
      return {
        speaker: prevAttribution.speaker,
        cue: null,
        confidence: 0.6,
        reason: 'continues the quote before it',
      };
    }
    const subject = this.subjectBefore(quote, prev);
    if (subject)
      return {
        speaker: subject,
        cue: null,
        confidence: 0.5,
        reason: 'the person the sentence before is about',
      };
    return { speaker: null, cue: null, confidence: 0, reason: 'no reporting verb and no speaker nearby' };
  }

  /** The speaker of the sentence right before the quote, when that sentence has a reporting verb and no quote. */
  private reportedBefore(quote: Quote, prev: Quote | undefined): Ref | null {
    if (quote.sentence === 0) return null;
    const from = this.sentences[quote.sentence - 1] ?? 0;
    const to = this.sentences[quote.sentence] ?? quote.start;
    if (quote.start - to > 2 || (prev && prev.end > from)) return null;
    const w = { from, to };
    const verb = this.verbIn(w);
    return verb ? this.speakerAround(w, verb.at, quote.start, 'before') : null;
  }

  /** "Reinelt will so weit nicht gehen. „…“": the person the sentence right before the quote starts with. */
  private subjectBefore(quote: Quote, prev: Quote | undefined): Ref | null {
    if (quote.sentence === 0) return null;
    const from = this.sentences[quote.sentence - 1] ?? 0;
    const to = this.sentences[quote.sentence] ?? quote.start;
    if (quote.start - to > 2 || (prev && prev.end > from) || /\n/.test(this.text.slice(from, quote.start)))
      return null;
    const first = this.refs.find((r) => r.start >= from && r.end <= to);
    return first && first.kind === 'PERSON' && first.start - from < 40 ? first : null;
  }

  private verbIn(w: Window): { verb: string; at: number } | null {
    const slice = this.text.slice(w.from, w.to);
    for (const m of slice.matchAll(this.verbs)) {
      const verb = (m[1] as string).toLowerCase();
      const at = w.from + (m.index ?? 0);
      // "so" is a cue only right after the quote: „…“, so Markus Brandt.
      // "so" reports speech only as ", so Vogel" / "„…“, so der Sprecher".
      if (verb === 'so') {
        const lead = this.text.slice(w.from, at);
        if (!/^[\s,]*$/.test(lead) && !/,\s*$/.test(lead)) continue;
        if (!/^so\s+(der|die|\p{Lu})/u.test(this.text.slice(at, at + 20))) continue;
      }
      if (verb === 'according' && !/^according\s+to/i.test(this.text.slice(at, at + 15))) continue;
      return { verb: m[1] as string, at };
    }
    return null;
  }

  /** Names, pronouns, spokespeople and "the company" in a window, in text order. */
  private elements(w: Window): Element[] {
    const list: Element[] = this.refs
      .filter((r) => r.start >= w.from && r.end <= w.to)
      .map((ref) => ({ at: ref.start, ref, what: 'name' as const }));
    const slice = this.text.slice(w.from, w.to);
    for (const m of slice.matchAll(this.pronouns)) {
      const word = (m[1] as string).toLowerCase();
      // German "Sie" with a capital mid-sentence is the polite form or plural; skip.
      if (this.lang === 'de' && m[1] === 'Sie' && (m.index ?? 0) > 0) continue;
      list.push({
        at: w.from + (m.index ?? 0),
        ref: null,
        what: 'pronoun',
        gender: PRONOUNS[this.lang][word] as 'male' | 'female',
      });
    }
    for (const m of slice.matchAll(this.spokes))
      list.push({ at: w.from + (m.index ?? 0), ref: null, what: 'spokes' });
    for (const m of slice.matchAll(this.anaphors))
      list.push({ at: w.from + (m.index ?? 0), ref: null, what: 'anaphor' });
    return list.sort((a, b) => a.at - b.at);
  }

  /**
   * After the quote the speaker is the first element ("…", sagte Altman / said Keisha Barnes, director
   * of …); before it, the subject before the verb, else the first element after it (inverted order).
   */
  private speakerAround(w: Window, verbAt: number, quoteStart: number, side: 'after' | 'before'): Ref | null {
    const elements = this.elements(w);
    const ordered =
      side === 'after'
        ? elements
        : [...elements.filter((e) => e.at < verbAt).reverse(), ...elements.filter((e) => e.at > verbAt)];
    return this.preferPeople(ordered, quoteStart, w);
  }

  /** A person, pronoun or spokesperson first; an organization only when no one is named. */
  private preferPeople(elements: Element[], quoteStart: number, w: Window): Ref | null {
    let organization: Ref | null = null;
    for (const element of elements) {
      const ref = this.resolve(element, quoteStart, w);
      if (!ref) continue;
      if (ref.kind === 'PERSON' || element.what === 'spokes' || element.what === 'pronoun') return ref;
      organization ??= ref;
    }
    return organization;
  }

  private firstSpeaker(w: Window, quoteStart: number): Ref | null {
    return this.preferPeople(this.elements(w), quoteStart, w);
  }

  private resolve(element: Element, quoteStart: number, w: Window): Ref | null {
    if (element.what === 'name') return element.ref;
    if (element.what === 'pronoun') return this.lastPerson(quoteStart, element.gender ?? null);
    if (element.what === 'spokes') {
      const near = this.refs.find(
        (r) =>
          r.kind === 'ORGANIZATION' &&
          Math.abs(r.start - element.at) < 45 &&
          r.start >= w.from - 45 &&
          r.end <= w.to,
      );
      return near ?? this.lastOrganization(quoteStart);
    }
    return this.lastOrganization(quoteStart);
  }

  /** The last person named before `offset` whose gender does not contradict the pronoun's. */
  private lastPerson(offset: number, gender: 'male' | 'female' | null): Ref | null {
    for (let i = this.refs.length - 1; i >= 0; i--) {
      const ref = this.refs[i] as Ref;
      if (ref.start >= offset || ref.kind !== 'PERSON') continue;
      if (gender && ref.gender && ref.gender !== gender) continue;
      return ref;
    }
    return null;
  }

  private lastOrganization(offset: number): Ref | null {
    for (let i = this.refs.length - 1; i >= 0; i--) {
      const ref = this.refs[i] as Ref;
      if (ref.start < offset && ref.kind === 'ORGANIZATION') return ref;
    }
    return null;
  }
}
