import { RELATION_TYPE_NAMES, RELATION_TYPES } from '../domain/vocabulary.js';
import { builder } from './builder.js';

export const RelationTypeEnum = builder.enumType('RelationType', {
  description: 'The closed list of relations between entities that an ingest document may state.',
  values: Object.fromEntries(
    RELATION_TYPE_NAMES.map((type) => [
      type,
      {
        description: `${RELATION_TYPES[type].doc} From ${RELATION_TYPES[type].from.join('/')} to ${RELATION_TYPES[type].to.join('/')}.`,
      },
    ]),
  ),
});
