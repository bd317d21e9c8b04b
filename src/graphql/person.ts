import { defineEntityType } from './entity.js';
import { connectionCost, pageArgs, pageRequest, toConnection } from './pagination.js';
import { AffiliationRef, PersonRef, StatementConnection } from './refs.js';

defineEntityType(PersonRef, 'PERSON', 'A person: a speaker, an author, a participant.', (t) => ({
  statements: t.field({
    type: StatementConnection,
    description: 'What this person said (quotes and reported speech), newest first.',
    args: pageArgs,
    complexity: connectionCost,
    resolve: async (person, args, ctx) => {
      const request = pageRequest(args);
      const page = await ctx.loaders.page('statementsBy', request.first, person.slug, request.after);
      return toConnection(page, request, () => ctx.loaders.count('statementsBy', person.slug));
    },
  }),
  affiliations: t.field({
    type: [AffiliationRef],
    description: 'Organizations this person works for, with the role.',
    resolve: (person, _args, ctx) => ctx.loaders.affiliations.load(person.slug),
  }),
}));
