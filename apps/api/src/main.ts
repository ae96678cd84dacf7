import { Logger } from '@nestjs/common';
import cluster from 'node:cluster';
import { flushLogs } from './app/log-destination';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import { EmbeddedDatabase, startEmbeddedDatabase } from './database/embedded-database';
import { runClusterPrimary } from './server/cluster-primary';
import { serveApi } from './server/serve-api';

const log = new Logger(cluster.isWorker ? `Worker ${cluster.worker?.id}` : 'Main');

async function bootstrap(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  // A worker's DATABASE_URL is set by its primary: only the primary starts the embedded one.
  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) {
    embedded = await startEmbeddedDatabase(config.dataDir, (m) => log.log(m));
    config = { ...config, databaseUrl: embedded.url };
  }

  if (cluster.isPrimary && config.webConcurrency > 1) {
    await runClusterPrimary(config, embedded, log);
    return;
  }
  await serveApi(config, embedded, log);
  if (cluster.isPrimary) log.log(`RCP Audit is running on http://localhost:${config.port}`);
  else log.log(`Serving on port ${config.port}`);
  flushLogs();
}

bootstrap().catch((error: unknown) => {
  log.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
