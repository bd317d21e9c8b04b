import { defineEntityType } from './entity.js';
import { connectionCost, listPage, pageArgs } from './pagination.js';
import { AffiliationRef, PersonRef, StatementConnection } from './refs.js';

defineEntityType(PersonRef, 'PERSON', 'A person: a speaker, an author, a participant.', (t) => ({
  statements: t.field({
    type: StatementConnection,
    description: 'What this person said (quotes and reported speech), newest first.',
    args: pageArgs,
    complexity: connectionCost,
    resolve: (person, args, ctx) => listPage('statementsBy', person.slug, args, ctx),
  }),
  affiliations: t.field({
    type: [AffiliationRef],
    description: 'Organizations this person works for, with the role.',
    resolve: (person, _args, ctx) => ctx.loaders.affiliations.load(person.slug),
  }),
}));
