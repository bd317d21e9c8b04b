import { articleSlugByUrl } from '../db/article-lookup.js';
import { countArticles, listArticles } from '../db/articles.js';
import { nodeByKey } from '../db/projection.js';
import type { ArticleRecord } from '../db/records.js';
import { InputError } from '../domain/errors.js';
import { ARTICLE_STATEMENT_LISTS, ArticleStatementOrderEnum } from './article-statement-order.js';
import { builder } from './builder.js';
import { connectionCost, listPage, pageArgs, pageRequest, toConnection } from './pagination.js';
import {
  edgeField,
  listField,
  prefetched,
  prefetchedOr,
  projectionOfItems,
  projectionOfNode,
} from './projection.js';
import {
  ArticleConnection,
  ArticleRef,
  EntityRef,
  OrganizationRef,
  PersonRef,
  StatementConnection,
} from './refs.js';

builder.node(ArticleRef, {
  description: 'A news article, decomposed into the statements it reports and the entities it mentions.',
  id: { resolve: (article) => article.slug },
  isTypeOf: (value) => (value as { nodeType?: string }).nodeType === 'Article',
  fields: (t) => ({
    slug: t.exposeString('slug', { description: 'Stable key of the article.' }),
    title: t.exposeString('title', { description: 'Headline, in the article language.' }),
    url: t.exposeString('url', { description: 'Where the article is published.' }),
    language: t.exposeString('language', { description: 'ISO 639-1 code of the article.' }),
    publishedOn: t.field({
      type: 'Date',
      nullable: true,
      description: 'Publication day; null when it is not known.',
      resolve: (article) => article.publishedOn,
    }),
    section: t.exposeString('section', { nullable: true, description: 'Section or rubric of the outlet.' }),
    outlet: t.field({
      type: OrganizationRef,
      nullable: true,
      description: 'The publication that published it.',
      extensions: edgeField('outlet'),
      resolve: (article, _args, ctx, info) =>
        prefetchedOr(article, info, () => ctx.loaders.outlet.load(article.slug)),
    }),
    authors: t.field({
      type: [PersonRef],
      description: 'Authors, in byline order.',
      extensions: edgeField('authors'),
      resolve: (article, _args, ctx, info) =>
        prefetchedOr(article, info, () => ctx.loaders.authors.load(article.slug)),
    }),
    statements: t.field({
      type: StatementConnection,
      description:
        'Statements the article reports, in the order it reports them (the lead first) unless `order` asks otherwise.',
      args: {
        ...pageArgs,
        order: t.arg({
          type: ArticleStatementOrderEnum,
          defaultValue: 'ARTICLE',
          description: 'ARTICLE (default): as the article reports them; NEWEST: by the day they were said.',
        }),
      },
      complexity: connectionCost,
      extensions: listField(
        (args) => ARTICLE_STATEMENT_LISTS[(args.order as 'ARTICLE' | 'NEWEST' | undefined) ?? 'ARTICLE'],
      ),
      resolve: (article, args, ctx, info) =>
        listPage(
          ARTICLE_STATEMENT_LISTS[args.order ?? 'ARTICLE'],
          article.slug,
          args,
          ctx,
          prefetched(article, info),
        ),
    }),
    mentions: t.field({
      type: [EntityRef],
      description: 'Entities the article names, by kind and name.',
      complexity: { field: 1, multiplier: 20 },
      extensions: edgeField('mentions'),
      resolve: (article, _args, ctx, info) =>
        prefetchedOr(article, info, () => ctx.loaders.mentions.load(article.slug)),
    }),
  }),
});

builder.queryFields((t) => ({
  article: t.field({
    type: ArticleRef,
    nullable: true,
    description:
      'An article by its slug or by its URL (exactly one of the two); null when no article has it.',
    args: {
      slug: t.arg.string({ description: 'The article slug.' }),
      url: t.arg.string({ description: 'The address the article was published at, exactly as ingested.' }),
    },
    resolve: async (_root, args, ctx, info) => {
      if ((args.slug == null) === (args.url == null))
        throw InputError.single(args.slug == null ? 'slug' : 'url', 'give exactly one of slug and url');
      const slug = args.slug ?? (await articleSlugByUrl(ctx.reads, args.url as string));
      if (!slug) return null;
      const projection = projectionOfNode(info);
      // Nothing below the article to fetch: the loader batches it with other root fields.
      if (projection.fields.length === 0) return ctx.loaders.article.load(slug);
      return nodeByKey<ArticleRecord>(ctx.reads, 'Article', slug, projection);
    },
  }),
  articles: t.field({
    type: ArticleConnection,
    description: 'All articles, newest first (unknown dates last).',
    args: pageArgs,
    complexity: connectionCost,
    resolve: async (_root, args, ctx, info) => {
      const request = pageRequest(args);
      const page = await listArticles(ctx.reads, request, projectionOfItems(info));
      return toConnection(page, request, () => countArticles(ctx.reads));
    },
  }),
}));
