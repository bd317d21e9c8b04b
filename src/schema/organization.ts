import { defineEntityType } from './entity.js';
import { connectionCost, listPage, pageArgs } from './pagination.js';
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
      resolve: (organization, args, ctx) => listPage('statementsBy', organization.slug, args, ctx),
    }),
  }),
);
