export { entityExtractor } from './entity-extractor.js';
export { findEntities } from './find-entities.js';
export type { FindEntitiesOptions } from './find-entities.js';
export { entityMatchers } from './matchers/entity-matchers.js';
export { entityRefiners } from './refiners/entity-refiners.js';
export { foldName, foldWords } from './fold-name.js';
export type { EntityCandidate, EntityMatcher, SentenceInput, RoleDraft } from './entity-candidate.js';
export type { EntityRefiner, DocInput } from './refiners/entity-refiner.js';
