import { h } from '../dom.js';

/** A highlighted range of the pasted text; `path` ties an unsure part to its field in the draft. */
export interface Mark {
  start: number;
  end: number;
  cls: string;
  title: string;
  path?: string;
}

export interface DraftQuote {
  text: string;
  speaker: string | null;
  speakerName: string | null;
  offset: number;
  end: number;
  confidence: number;
  reason: string | null;
}

export interface DraftMention {
  name: string;
  slug: string;
  kind: string;
  known: boolean;
  offset: number;
  confidence: number;
  evidence: string | null;
}

export interface Unsure {
  path: string;
  what: string;
  confidence: number;
  start: number;
  end: number;
  reason?: string | null;
}

/** How long a mention is in the text: the form it was found by, else its name, else the word at its offset. */
function mentionLength(text: string, mention: DraftMention): number {
  const found = /"([^"]+)"/.exec(mention.evidence ?? '')?.[1];
  for (const form of [found, mention.name]) {
    if (form && text.slice(mention.offset, mention.offset + form.length).toLowerCase() === form.toLowerCase())
      return form.length;
  }
  return /^[\p{L}\p{N}-]+/u.exec(text.slice(mention.offset))?.[0].length ?? 0;
}

/** Quotes, speakers (mentions that a quote is attributed to), other entities and the unsure parts. */
export function marksOf(
  text: string,
  quotes: DraftQuote[],
  mentions: DraftMention[],
  unsure: Unsure[],
): Mark[] {
  const speakers = new Set(quotes.map((q) => q.speaker).filter(Boolean));
  const percent = (c: number) => `${Math.round(c * 100)} %`;
  return [
    ...quotes.map((q) => ({
      start: q.offset,
      end: q.end,
      cls: 'quote',
      title: `quote by ${q.speakerName ?? 'nobody found'} (${percent(q.confidence)})`,
    })),
    ...mentions.map((m) => ({
      start: m.offset,
      end: m.offset + mentionLength(text, m),
      cls: speakers.has(m.slug) ? 'speaker' : m.known ? 'entity' : 'entity new',
      title: `${m.name}: ${m.kind.toLowerCase()}${m.known ? '' : ', new'}`,
    })),
    ...unsure.map((u) => ({
      start: u.start,
      end: u.end,
      cls: 'unsure',
      title: `unsure (${percent(u.confidence)}): ${u.what}`,
      path: u.path,
    })),
  ].filter((m) => m.end > m.start);
}

/**
 * The text cut at every mark boundary; each piece carries the classes of all marks covering it, so
 * nested marks (an entity inside a quote) need no nesting.
 */
export function highlighted(text: string, marks: Mark[], onPick: (path: string) => void): HTMLElement {
  const cuts = [...new Set([0, text.length, ...marks.flatMap((m) => [m.start, m.end])])]
    .filter((n) => n >= 0 && n <= text.length)
    .sort((a, b) => a - b);
  const pieces = cuts.slice(0, -1).map((start, i) => {
    const end = cuts[i + 1] as number;
    const covering = marks.filter((m) => m.start <= start && m.end >= end);
    const piece = text.slice(start, end);
    if (covering.length === 0) return piece;
    const path = covering.find((m) => m.path)?.path;
    const classes = [...new Set(covering.flatMap((m) => m.cls.split(' ')))].join(' ');
    return h(
      'mark',
      {
        class: classes,
        title: covering.map((m) => m.title).join(' · '),
        'data-path': path,
        onclick: path ? () => onPick(path) : undefined,
      },
      piece,
    );
  });
  return h('div', { class: 'source', id: 'desk-source' }, pieces);
}

export function markLegend(): HTMLElement {
  return h(
    'p',
    { class: 'legend marks' },
    h('mark', { class: 'quote' }, 'quote'),
    ' ',
    h('mark', { class: 'speaker' }, 'speaker'),
    ' ',
    h('mark', { class: 'entity' }, 'entity'),
    ' ',
    h('mark', { class: 'entity new' }, 'new entity'),
    ' ',
    h('mark', { class: 'unsure' }, 'unsure'),
  );
}
