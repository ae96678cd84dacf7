import { DataSourceOptions } from 'typeorm';
import { migrations } from './migrations';

/** One place that says how the API talks to PostgreSQL; used by the app, tests and scripts. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    // Schema changes only ever come from migrations.
    synchronize: false,
    migrationsRun: false,
    migrations: migrations as DataSourceOptions['migrations'],
    migrationsTransactionMode: 'each',
    extra: {
      max: poolSize,
      // Reconnects after a PostgreSQL restart happen in the pool; keep failed attempts short.
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
    },
  } as DataSourceOptions;
}
