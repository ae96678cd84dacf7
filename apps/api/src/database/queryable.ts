import type { DataSource, EntityManager } from 'typeorm';

/** Anything that runs SQL: a DataSource, or a transaction's EntityManager. */
export type Queryable = Pick<DataSource | EntityManager, 'query'>;
