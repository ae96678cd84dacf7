import { Logger } from '@nestjs/common';
import cluster, { Worker } from 'node:cluster';
import { AppConfig } from '../config/app-config';
import { EmbeddedDatabase } from '../database/embedded-database';
import { SHUTDOWN_GRACE_MS } from './serve-api';

/** A worker that dies is replaced after this pause, so a crash loop cannot spin the CPU. */
const RESTART_DELAY_MS = 1000;

function listening(worker: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new Error(`worker ${worker.id} exited (code ${code}) before it was serving`));
    worker.once('exit', onExit);
    worker.once('listening', () => {
      worker.off('exit', onExit);
      resolve();
    });
  });
}

/**
 * The primary of `WEB_CONCURRENCY` workers that share one port (Node's cluster hands each
 * connection to a worker in turn). It serves nothing itself: it owns the embedded database,
 * starts the first worker alone (so migrations and the demo seed run once, before anyone else
 * starts), then the rest; replaces workers that crash; on SIGINT/SIGTERM stops the workers
 * (each finishing its open requests), then the database.
 */
export async function runClusterPrimary(
  config: AppConfig,
  embedded: EmbeddedDatabase | undefined,
  log: Logger,
): Promise<void> {
  // Workers reach the database the primary chose; sessions and limits live in it, so any
  // worker can answer any request.
  const workerEnv = { DATABASE_URL: config.databaseUrl ?? '' };
  let stopping = false;
  const fork = () => cluster.fork(workerEnv);

  try {
    await listening(fork());
    await Promise.all(Array.from({ length: config.webConcurrency - 1 }, () => listening(fork())));
  } catch (error) {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill('SIGTERM');
    await embedded?.stop();
    throw error;
  }
  log.log(
    `RCP Audit is running on http://localhost:${config.port} (${config.webConcurrency} workers)`,
  );

  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    log.warn(`Worker ${worker.id} died (${signal ?? `code ${code}`}); starting another`);
    setTimeout(() => stopping || fork(), RESTART_DELAY_MS);
  });

  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.log(`${signal} received: stopping the workers, then the database`);
    const force = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS + 5_000);
    force.unref();
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => !!w);
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve) => {
            if (worker.isDead()) return resolve();
            worker.once('exit', () => resolve());
            worker.process.kill('SIGTERM');
          }),
      ),
    );
    try {
      await embedded?.stop();
      process.exit(0);
    } catch (error) {
      log.error(`Shutdown failed: ${String(error)}`);
      process.exit(1);
    }
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}
