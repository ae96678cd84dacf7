import { resolve } from 'node:path';
import { AppConfig } from '../config/app-config';
import {
  hasEmbeddedCluster,
  runningEmbeddedDatabase,
  startEmbeddedDatabase,
} from '../database/embedded-database';

export interface CommandDatabase {
  url: string;
  /** Where the data is, for the command's messages (never the password). */
  where: string;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Reading only (a backup): the running app's embedded server may be used. */
  readOnly: boolean;
  /** Refuse rather than create an embedded database where there is none. */
  mustExist: boolean;
}

function describeUrl(url: string): string {
  const { hostname, port, pathname } = new URL(url);
  return `the PostgreSQL at DATABASE_URL (${hostname}${port ? `:${port}` : ''}${pathname})`;
}

/**
 * The database a command works on: DATABASE_URL, else the embedded one in DATA_DIR. PostgreSQL
 * lets one server use a data folder, so a command that writes needs the app stopped; one that only
 * reads connects to the running app's server instead.
 */
export async function openCommandDatabase(
  config: AppConfig,
  { readOnly, mustExist }: OpenOptions,
): Promise<CommandDatabase> {
  if (config.databaseUrl) {
    return {
      url: config.databaseUrl,
      where: describeUrl(config.databaseUrl),
      close: async () => undefined,
    };
  }
  const dataDir = resolve(config.dataDir);
  if (mustExist && !hasEmbeddedCluster(dataDir)) {
    throw new Error(
      `There is no database in DATA_DIR (${dataDir}) yet. Set DATA_DIR or DATABASE_URL.`,
    );
  }
  const running = await runningEmbeddedDatabase(dataDir);
  if (running && readOnly) {
    return {
      url: running.url,
      where: `the running app's embedded PostgreSQL in ${dataDir}`,
      close: async () => undefined,
    };
  }
  if (running) {
    throw new Error(
      `The app is running on DATA_DIR (${dataDir}; PostgreSQL process ${running.pid}). ` +
        `Stop the app first: this command needs the embedded database to itself.`,
    );
  }
  const embedded = await startEmbeddedDatabase(dataDir, () => undefined).catch((error: Error) => {
    throw new Error(
      `${error.message}. Stop the app first: this command needs the embedded database to itself.`,
    );
  });
  return {
    url: embedded.url,
    where: `the embedded PostgreSQL in ${dataDir}`,
    close: () => embedded.stop(),
  };
}
