import { type Related, relatedArticles } from '../db/related.js';
import { RELATED_PAGE } from '../domain/paging.js';
import { builder } from './builder.js';
import { listCost, pageSize } from './pagination.js';
import { ArticleRef, EntityRef } from './refs.js';

const RelatedArticleRef = builder.objectRef<Related>('RelatedArticle').implement({
  description: 'An article related to another, with why.',
  fields: (t) => ({
    article: t.field({ type: ArticleRef, description: 'The related article.', resolve: (r) => r.article }),
    score: t.exposeFloat('score', {
      description:
        'Shared entities weighted by rarity (events 1.5×), plus 2 per shared statement, scaled by nearness in time.',
    }),
    shared: t.field({
      type: [EntityRef],
      description: 'The shared entities, most telling first.',
      resolve: (r) => r.shared,
    }),
    sharedStatements: t.exposeInt('sharedStatements', {
      description: 'How many statements both articles report.',
    }),
  }),
});

builder.objectField(ArticleRef, 'related', (t) =>
  t.field({
    type: [RelatedArticleRef],
    description:
      'Other articles ranked by what they share with this one, best first; never the article itself.',
    args: {
      first: t.arg.int({
        description: `How many: default ${RELATED_PAGE.default}, at most ${RELATED_PAGE.max}.`,
      }),
    },
    complexity: (args) => listCost(10, args.first, RELATED_PAGE),
    resolve: (article, args, ctx) => {
      return relatedArticles(ctx.reads, article.slug, pageSize(args.first, RELATED_PAGE));
    },
  }),
);
