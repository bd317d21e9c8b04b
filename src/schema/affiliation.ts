import { AffiliationRef, OrganizationRef } from './refs.js';

AffiliationRef.implement({
  description: 'A person working for an organization.',
  fields: (t) => ({
    organization: t.field({
      type: OrganizationRef,
      description: 'The organization.',
      resolve: (affiliation) => affiliation.organization,
    }),
    role: t.exposeString('role', { nullable: true, description: 'The role, e.g. "CEO", when known.' }),
  }),
});
