import { MAX_HOPS, type Path, type PathStep, shortestPaths } from '../db/paths.js';
import { InputError } from '../domain/errors.js';
import { expectedSize, PATHS_PAGE } from '../domain/paging.js';
import { builder } from './builder.js';
import { ArticleRef } from './refs.js';

const DEFAULT_HOPS = 4;

const PathStepRef = builder.objectRef<PathStep>('PathStep').implement({
  description: 'One hop of a path: two nodes, the relation between them, and the articles that state it.',
  fields: (t) => ({
    from: t.field({
      type: builder.nodeInterfaceRef(),
      description: 'Where the hop starts.',
      resolve: (s) => s.from,
    }),
    relation: t.exposeString('relation', {
      description:
        'The relation: a RelationType, or SAID, ABOUT, AT_EVENT, SAID_AT for hops through statements.',
    }),
    forward: t.exposeBoolean('forward', {
      description:
        'True when the relation points from `from` to `to` (Altman SAID …); false when it points back.',
    }),
    to: t.field({
      type: builder.nodeInterfaceRef(),
      description: 'Where the hop ends.',
      resolve: (s) => s.to,
    }),
    evidence: t.field({
      type: [ArticleRef],
      description: 'Articles that state this relation (for SAID: the articles that report the statement).',
      resolve: (s, _args, ctx) => ctx.loaders.articles(s.evidence),
    }),
  }),
});

const PathRef = builder.objectRef<Path>('Path').implement({
  description: 'A shortest path between two entities.',
  fields: (t) => ({
    length: t.exposeInt('length', { description: 'Number of hops.' }),
    steps: t.field({
      type: [PathStepRef],
      description: 'The hops, in order from `from` to `to`.',
      resolve: (p) => p.steps,
    }),
  }),
});

builder.queryField('paths', (t) =>
  t.field({
    type: [PathRef],
    description:
      'The shortest paths between two entities over their relations, where statements count as hops (Google -WORKS_FOR- Luke Sernau -SAID- statement -ABOUT- OpenAI). Ties give several paths. Empty when they are not connected within maxHops, or a slug is unknown.',
    args: {
      from: t.arg.string({ required: true, description: 'Slug of the start entity.' }),
      to: t.arg.string({ required: true, description: 'Slug of the end entity.' }),
      maxHops: t.arg.int({
        description: `Longest path to consider: default ${DEFAULT_HOPS}, at most ${MAX_HOPS}.`,
      }),
      first: t.arg.int({
        description: `How many paths: default ${PATHS_PAGE.default}, at most ${PATHS_PAGE.max}.`,
      }),
    },
    complexity: (args) => ({
      field: 10,
      multiplier: expectedSize(args.first, PATHS_PAGE) * (args.maxHops ?? DEFAULT_HOPS),
    }),
    resolve: (_root, args, ctx) => {
      const maxHops = args.maxHops ?? DEFAULT_HOPS;
      const first = args.first ?? PATHS_PAGE.default;
      const problems = [];
      if (maxHops < 1 || maxHops > MAX_HOPS)
        problems.push({ path: 'maxHops', message: `must be between 1 and ${MAX_HOPS}` });
      if (first < PATHS_PAGE.min || first > PATHS_PAGE.max)
        problems.push({ path: 'first', message: `must be between ${PATHS_PAGE.min} and ${PATHS_PAGE.max}` });
      if (problems.length > 0) throw new InputError(problems);
      return shortestPaths(ctx.reads, args.from, args.to, maxHops, first);
    },
  }),
);
