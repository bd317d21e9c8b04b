import { InputError } from '../errors.js';
import { type Related, relatedArticles } from '../graph/related.js';
import { builder } from './builder.js';
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
    args: { first: t.arg.int({ description: 'How many: default 5, at most 50.' }) },
    complexity: (args) => ({ field: 10, multiplier: Math.min(args.first ?? 5, 50) }),
    resolve: (article, args, ctx) => {
      const first = args.first ?? 5;
      if (first < 0 || first > 50) throw InputError.single('first', 'must be between 0 and 50');
      return relatedArticles(ctx.graph, article.slug, first);
    },
  }),
);
