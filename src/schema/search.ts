import { type SearchHit, search } from '../db/search.js';
import { searchQuery } from '../db/search-query.js';
import { InputError } from '../domain/errors.js';
import { PAGE } from '../domain/paging.js';
import { builder } from './builder.js';
import { listCost, pageSize } from './pagination.js';

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'A search result: an entity, a statement or an article, with its relevance.',
  fields: (t) => ({
    score: t.exposeFloat('score', {
      description:
        "Relevance, comparable across kinds: the share of the query's words and quoted phrases the hit contains (0 to 1), plus its full-text relevance within its kind scaled below one word's share (so all words always rank above some), plus 1.0 for an entity whose name or alias is the query.",
    }),
    node: t.field({
      type: builder.nodeInterfaceRef(),
      description: 'The entity, statement or article.',
      resolve: (hit) => hit.node,
    }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHitRef],
    description:
      'Full-text search over entity names, aliases and descriptions, statement texts (German stemming) and translations (English stemming), and article titles (both), in one ranking: hits with all the words first, then those with some; "quoted phrases" match as phrases. German inflections and compounds match ("Open-Source-Modelle", "Sicherheit" finds "Sicherheitsgründen"), and English word families do ("safety" finds "safe" and "safer"). Common words (the, and, der, und …) count only when the query has nothing else. Lucene syntax in the query is treated as plain words.',
    args: {
      query: t.arg.string({ required: true, description: 'Words to look for (at most 200 characters).' }),
      first: t.arg.int({ description: `How many hits: default ${PAGE.default}, at most ${PAGE.max}.` }),
    },
    complexity: (args) => listCost(5, args.first),
    resolve: (_root, args, ctx) => {
      const first = pageSize(args.first);
      if (args.query.length > 200) throw InputError.single('query', 'must be at most 200 characters');
      const query = searchQuery(args.query);
      if (!query) throw InputError.single('query', 'must contain at least one letter or digit');
      return search(ctx.reads, query, args.query.trim(), first);
    },
  }),
);
