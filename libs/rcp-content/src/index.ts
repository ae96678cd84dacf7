export * from './lib/types';
export {
  DEFAULT_FRAMEWORK_V1,
  DEFAULT_PRINCIPLE_KEYS,
  DEFAULT_CATEGORY_KEYS,
  type DefaultPrincipleKey,
  type DefaultCategoryKey,
} from './lib/framework';
export { PROTOCOL_LIBRARY } from './lib/protocol-library';
export { DEMO_COUNCILS, SERVICE_AREAS_BY_COUNCIL_TYPE } from './lib/demo-councils';
export {
  principleKeys,
  categoryKeys,
  principlesForContext,
  findPrinciple,
  findCategory,
  findProtocolTemplate,
} from './lib/lookups';
export { LIBRARY_SOURCES, citedSources, type CitedSource } from './lib/library-sources';
