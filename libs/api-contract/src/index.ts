export * from './lib/api-contract';
export * from './lib/accounts';
export * from './lib/frameworks';
export * from './lib/protocols';
export * from './lib/audits';
export * from './lib/dashboard';
export * from './lib/benchmarks';
export * from './lib/plans';
