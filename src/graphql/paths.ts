import { InputError } from '../errors.js';
import { MAX_HOPS, type Path, type PathStep, shortestPaths } from '../graph/paths.js';
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
      first: t.arg.int({ description: 'How many paths: default 5, at most 20.' }),
    },
    complexity: (args) => ({
      field: 10,
      multiplier: Math.min(args.first ?? 5, 20) * (args.maxHops ?? DEFAULT_HOPS),
    }),
    resolve: (_root, args, ctx) => {
      const maxHops = args.maxHops ?? DEFAULT_HOPS;
      const first = args.first ?? 5;
      const problems = [];
      if (maxHops < 1 || maxHops > MAX_HOPS)
        problems.push({ path: 'maxHops', message: `must be between 1 and ${MAX_HOPS}` });
      if (first < 1 || first > 20) problems.push({ path: 'first', message: 'must be between 1 and 20' });
      if (problems.length > 0) throw new InputError(problems);
      return shortestPaths(ctx.graph, args.from, args.to, maxHops, first);
    },
  }),
);
