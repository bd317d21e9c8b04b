import { type TimelineCounts, type TimelineEntry, timelineCounts, timelinePage } from '../db/timeline.js';
import { builder } from './builder.js';
import { listCost, pageArgs, pageRequest, toConnection } from './pagination.js';
import { EventRef, StatementRef } from './refs.js';

const TimelineEntryRef = builder.objectRef<TimelineEntry>('TimelineEntry').implement({
  description: 'One entry of a timeline: a statement or an event (one of the two is set).',
  fields: (t) => ({
    date: t.field({
      type: 'Date',
      nullable: true,
      description: 'When it happened; null when unknown.',
      resolve: (e) => e.date,
    }),
    statement: t.field({
      type: StatementRef,
      nullable: true,
      description: 'The statement, when this entry is one.',
      resolve: (e) => e.statement,
    }),
    event: t.field({
      type: EventRef,
      nullable: true,
      description: 'The event, when this entry is one.',
      resolve: (e) => e.event,
    }),
  }),
});

const PeriodCountRef = builder.objectRef<{ period: string; count: number }>('PeriodCount').implement({
  description: 'How many dated timeline entries fall into a month or a year.',
  fields: (t) => ({
    period: t.exposeString('period', { description: '"YYYY-MM" for months, "YYYY" for years.' }),
    count: t.exposeInt('count', { description: 'Entries in that period.' }),
  }),
});

const TimelineConnection = builder.connectionObject(
  {
    type: TimelineEntryRef,
    name: 'TimelineConnection',
    description: 'A page of timeline entries, oldest first (undated last), with the counts a chart needs.',
    fields: (t) => ({
      totalCount: t.int({
        description: 'How many entries the whole timeline holds (computed only when asked for).',
        resolve: (c) => c.totalCount(),
      }),
      byMonth: t.field({
        type: [PeriodCountRef],
        description: 'Dated entries of the whole timeline per month, oldest first.',
        resolve: async (c) => (await c.counts?.())?.months ?? [],
      }),
      byYear: t.field({
        type: [PeriodCountRef],
        description: 'Dated entries of the whole timeline per year, oldest first.',
        resolve: async (c) => {
          const years = new Map<string, number>();
          for (const month of (await c.counts?.())?.months ?? []) {
            const year = month.period.slice(0, 4);
            years.set(year, (years.get(year) ?? 0) + month.count);
          }
          return [...years].map(([period, count]) => ({ period, count }));
        },
      }),
    }),
  },
  { name: 'TimelineEdge', description: 'A timeline entry and its cursor.' },
);

builder.queryField('timeline', (t) =>
  t.field({
    type: TimelineConnection,
    description:
      'Statements by and about an entity and the events it took part in, organised or hosted, in date order.',
    args: { slug: t.arg.string({ required: true, description: 'The entity slug.' }), ...pageArgs },
    complexity: (args) => listCost(5, args.first),
    resolve: async (_root, args, ctx) => {
      const request = pageRequest(args);
      const page = await timelinePage(ctx.reads, args.slug, request);
      // totalCount, byMonth and byYear share one read of the whole timeline, made only when asked.
      let counts: Promise<TimelineCounts> | null = null;
      const countsOnce = () => {
        counts ??= timelineCounts(ctx.reads, args.slug);
        return counts;
      };
      return {
        ...toConnection(page, request, async () => (await countsOnce()).total),
        counts: countsOnce,
      };
    },
  }),
);
