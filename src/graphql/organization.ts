import { defineEntityType } from './entity.js';
import { connectionCost, pageArgs, pageRequest, toConnection } from './pagination.js';
import { OrganizationRef, StatementConnection } from './refs.js';

defineEntityType(
  OrganizationRef,
  'ORGANIZATION',
  'An organization: a company, a university, a public body, a publication.',
  (t) => ({
    statements: t.field({
      type: StatementConnection,
      description: 'What this organization said (as a speaker), newest first.',
      args: pageArgs,
      complexity: connectionCost,
      resolve: async (organization, args, ctx) => {
        const request = pageRequest(args);
        const page = await ctx.loaders.page('statementsBy', request.first, organization.slug, request.after);
        return toConnection(page, request, () => ctx.loaders.count('statementsBy', organization.slug));
      },
    }),
  }),
);
