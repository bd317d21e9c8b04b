import { luceneAny } from '../db/fulltext.js';
import { type SearchHit, search } from '../db/search.js';
import { InputError } from '../domain/errors.js';
import { PAGE } from '../domain/paging.js';
import { builder } from './builder.js';
import { listCost, pageSize } from './pagination.js';

const SearchHitRef = builder.objectRef<SearchHit>('SearchHit').implement({
  description: 'A search result: an entity, a statement or an article, with its relevance.',
  fields: (t) => ({
    score: t.exposeFloat('score', {
      description:
        'Relevance, comparable across kinds: 1.0 is the best match of its kind; an exact name match adds 1.0.',
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
      'Full-text search over entity names, aliases and descriptions, statement texts (German stemming) and translations (English), and article titles, in one ranking. German inflections and compounds match ("Open-Source-Modelle", "Sicherheit" finds "Sicherheitsgründen"). Lucene syntax in the query is treated as plain words.',
    args: {
      query: t.arg.string({ required: true, description: 'Words to look for (at most 200 characters).' }),
      first: t.arg.int({ description: `How many hits: default ${PAGE.default}, at most ${PAGE.max}.` }),
    },
    complexity: (args) => listCost(5, args.first),
    resolve: (_root, args, ctx) => {
      const first = pageSize(args.first);
      if (args.query.length > 200) throw InputError.single('query', 'must be at most 200 characters');
      const lucene = luceneAny(args.query);
      if (!lucene) throw InputError.single('query', 'must contain at least one letter or digit');
      return search(ctx.graph, lucene, args.query.trim(), first);
    },
  }),
);
