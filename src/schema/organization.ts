import { defineEntityType } from './entity.js';
import { connectionCost, listPage, pageArgs } from './pagination.js';
import { listField, prefetched } from './projection.js';
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
      extensions: listField('statementsBy'),
      resolve: (organization, args, ctx, info) =>
        listPage('statementsBy', organization.slug, args, ctx, prefetched(organization, info)),
    }),
  }),
);
