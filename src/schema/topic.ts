import { defineEntityType } from './entity.js';
import { TopicRef } from './refs.js';

defineEntityType(
  TopicRef,
  'TOPIC',
  'A subject that statements are about, such as open-source AI or AI safety.',
);
