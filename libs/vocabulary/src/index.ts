/**
 * RCP Audit's vocabulary: every enumerated list of values the API, the web app, the content and
 * the scoring share, once, with the labels the app shows. Plain data; depends on nothing.
 */
export * from './lib/protocols';
export * from './lib/councils';
export * from './lib/audits';
export * from './lib/accounts';
export * from './lib/framework';
export * from './lib/plans';
export * from './lib/table-views';
export { labelOf } from './lib/labels';
