import { builder } from './builder.js';
import './scalars.js';
import './entity.js';
import './person.js';
import './organization.js';
import './ai-model.js';
import './event.js';
import './place.js';
import './topic.js';
import './affiliation.js';
import './statement.js';
import './article.js';
import './node.js';
import './ingest.js';
import './extract.js';

export const schema = builder.toSchema({ sortSchema: false });
