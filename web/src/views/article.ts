import { gql } from '../api.js';
import { h, show } from '../dom.js';
import { ARTICLE } from '../queries.js';
import type { ArticleRef, Connection, EntityRef, Kind, Statement } from '../types.js';
import {
  articleLink,
  commaList,
  entityLink,
  errorMessage,
  KIND_LABELS,
  loading,
  section,
  statementItem,
} from '../ui.js';

interface ArticleDetail extends ArticleRef {
  url: string;
  language: string;
  section: string | null;
  outlet: EntityRef | null;
  authors: EntityRef[];
  statements: Connection<Statement>;
  mentions: EntityRef[];
  related: Array<{ score: number; sharedStatements: number; shared: EntityRef[]; article: ArticleRef }>;
}

function heading(article: ArticleDetail): HTMLElement {
  const by = article.authors.map((a) => entityLink(a));
  return h(
    'header',
    { class: 'page-head' },
    h('h1', { lang: article.language }, article.title),
    h(
      'p',
      { class: 'muted' },
      article.outlet ? [entityLink(article.outlet), ' · '] : '',
      by.length ? ['by ', commaList(by), ' · '] : '',
      article.publishedOn
        ? h('time', { datetime: article.publishedOn }, article.publishedOn)
        : 'date unknown',
      article.section ? ` · ${article.section}` : '',
      ' · ',
      h('a', { href: article.url, rel: 'noopener noreferrer' }, 'original'),
    ),
  );
}

/** Statements as the article reports them: the API's default order for Article.statements is article order. */
function statements(article: ArticleDetail): HTMLElement {
  const items = article.statements.edges.map((e) => statementItem(e.node, article.slug));
  return section(
    `Statements (${article.statements.totalCount})`,
    'article-statements',
    h('ol', { class: 'plain statements numbered' }, items),
  );
}

function mentions(article: ArticleDetail): HTMLElement {
  const byKind = new Map<Kind, EntityRef[]>();
  for (const entity of article.mentions)
    byKind.set(entity.kind, [...(byKind.get(entity.kind) ?? []), entity]);
  const groups = [...byKind].map(([kind, entities]) =>
    h('li', {}, h('strong', {}, `${KIND_LABELS[kind]}: `), commaList(entities.map((e) => entityLink(e)))),
  );
  return section('Entities in it', 'article-entities', h('ul', { class: 'plain' }, groups));
}

/** Related stories with their reasons: the entities they share (rarest first) and shared statements. */
function related(article: ArticleDetail): HTMLElement {
  const items = article.related.map((r) =>
    h(
      'li',
      {},
      articleLink(r.article),
      h('span', { class: 'muted' }, ` score ${r.score.toFixed(2)}`),
      h(
        'p',
        { class: 'reason' },
        'Shares ',
        commaList(r.shared.map((e) => entityLink(e))),
        r.sharedStatements ? ` and ${r.sharedStatements} statements` : '',
      ),
    ),
  );
  return section(
    'Related stories',
    'related',
    items.length
      ? h('ul', { class: 'plain' }, items)
      : h('p', { class: 'muted' }, 'No other article shares enough with this one yet.'),
  );
}

export async function renderArticle(view: HTMLElement, slug: string): Promise<void> {
  show(view, h('h1', {}, slug), loading('the article'));
  try {
    const { article } = await gql<{ article: ArticleDetail | null }>(ARTICLE, { slug });
    if (!article)
      return show(view, h('h1', {}, 'Not found'), h('p', {}, `No article has the slug “${slug}”.`));
    show(
      view,
      heading(article),
      h(
        'div',
        { class: 'grid wide-left' },
        statements(article),
        h('div', { class: 'stack' }, mentions(article), related(article)),
      ),
    );
  } catch (error) {
    show(view, h('h1', {}, slug), errorMessage(error));
  }
}
