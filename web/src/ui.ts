import { type Child, h } from './dom.js';
import { articleUrl, entityUrl } from './router.js';
import type { ArticleRef, EntityRef, Kind, Statement } from './types.js';

/** One colour per kind, shared by chips, the picture and its legend. */
export const KIND_COLOURS: Record<Kind, string> = {
  PERSON: '#2563eb',
  ORGANIZATION: '#d97706',
  AI_MODEL: '#7c3aed',
  EVENT: '#dc2626',
  PLACE: '#059669',
  TOPIC: '#0891b2',
};

export const KIND_LABELS: Record<Kind, string> = {
  PERSON: 'person',
  ORGANIZATION: 'organization',
  AI_MODEL: 'AI model',
  EVENT: 'event',
  PLACE: 'place',
  TOPIC: 'topic',
};

export function kindChip(kind: Kind | string): HTMLElement {
  return h(
    'span',
    { class: `chip kind-${kind.toLowerCase()}` },
    KIND_LABELS[kind as Kind] ?? kind.toLowerCase(),
  );
}

export function entityLink(entity: EntityRef, withKind = false): Child {
  return [
    h('a', { href: entityUrl(entity.slug), class: 'entity-link' }, entity.name),
    withKind && ' ',
    withKind && kindChip(entity.kind),
  ];
}

export function articleLink(article: ArticleRef): HTMLElement {
  return h('a', { href: articleUrl(article.slug), class: 'article-link' }, article.title);
}

/** Items joined with commas, for inline lists of links. */
export function commaList(items: Child[]): Child[] {
  return items.flatMap((item, i) => (i === 0 ? [item] : [', ', item]));
}

export function section(title: string, id: string, ...children: Child[]): HTMLElement {
  return h(
    'section',
    { class: 'card', 'aria-labelledby': `${id}-title`, id },
    h('h2', { id: `${id}-title`, tabindex: '-1' }, title),
    ...children,
  );
}

export function loading(what: string): HTMLElement {
  return h('p', { class: 'muted', role: 'status' }, `Loading ${what}…`);
}

export function errorMessage(error: unknown): HTMLElement {
  const message = error instanceof Error ? error.message : String(error);
  return h('p', { class: 'error', role: 'alert' }, message);
}

function statementMeta(statement: Statement): Child[] {
  const parts: Child[] = [];
  if (statement.saidOn) parts.push(h('time', { datetime: statement.saidOn }, statement.saidOn));
  if (statement.event)
    parts.push(['at ', h('a', { href: entityUrl(statement.event.slug) }, statement.event.name)]);
  if (statement.place)
    parts.push(['in ', h('a', { href: entityUrl(statement.place.slug) }, statement.place.name)]);
  if (statement.about.length) parts.push(['about ', commaList(statement.about.map((e) => entityLink(e)))]);
  return commaList(parts);
}

/** A statement as a reader wants it: who, the words, the gloss, when and where, about what, reported where. */
export function statementItem(statement: Statement, onArticle?: string): HTMLElement {
  const reported = statement.reportedIn.edges
    .filter((e) => e.node.slug !== onArticle)
    .map((e) => articleLink(e.node));
  const words = statement.kind === 'QUOTE' ? `„${statement.text}“` : statement.text;
  return h(
    'li',
    { class: 'statement', 'data-statement': statement.id },
    h(
      'p',
      { class: 'speaker' },
      entityLink(statement.speaker),
      ' ',
      h('span', { class: 'muted' }, statement.kind === 'QUOTE' ? 'said' : 'said (paraphrased)'),
    ),
    h('blockquote', { lang: statement.language }, words),
    statement.translation && h('p', { class: 'translation', lang: 'en' }, statement.translation),
    h('p', { class: 'meta' }, statementMeta(statement)),
    reported.length > 0 &&
      h('p', { class: 'meta' }, onArticle ? 'Also reported in ' : 'Reported in ', commaList(reported)),
  );
}
