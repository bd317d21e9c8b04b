import { defineEntityType } from './entity.js';
import { connectionCost, listPage, pageArgs } from './pagination.js';
import { affiliationsField, listField, prefetched, prefetchedOr } from './projection.js';
import { AffiliationRef, PersonRef, StatementConnection } from './refs.js';

defineEntityType(PersonRef, 'PERSON', 'A person: a speaker, an author, a participant.', (t) => ({
  statements: t.field({
    type: StatementConnection,
    description: 'What this person said (quotes and reported speech), newest first.',
    args: pageArgs,
    complexity: connectionCost,
    extensions: listField('statementsBy'),
    resolve: (person, args, ctx, info) =>
      listPage('statementsBy', person.slug, args, ctx, prefetched(person, info)),
  }),
  affiliations: t.field({
    type: [AffiliationRef],
    description: 'Organizations this person works for, with the role.',
    extensions: affiliationsField(),
    resolve: (person, _args, ctx, info) =>
      prefetchedOr(person, info, () => ctx.loaders.affiliations.load(person.slug)),
  }),
}));
