import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app/app.module';
import { APP_OPTIONS, configureApp } from '../app/configure-app';
import { AppConfig } from '../config/app-config';
import { EmbeddedDatabase } from '../database/embedded-database';

/** How long open requests may take to finish on SIGTERM before the process exits anyway. */
export const SHUTDOWN_GRACE_MS = 15_000;

/**
 * Runs the API in this process until SIGINT/SIGTERM: finishes open requests, then stops the
 * embedded database if this process started it (a cluster worker never does).
 */
export async function serveApi(
  config: AppConfig,
  embedded: EmbeddedDatabase | undefined,
  log: Logger,
): Promise<void> {
  let app;
  try {
    app = await NestFactory.create(AppModule.register(config), APP_OPTIONS);
    configureApp(app, config);
    await app.listen(config.port, config.host);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.log(`${signal} received: finishing open requests, then stopping`);
    const force = setTimeout(() => process.exit(1), SHUTDOWN_GRACE_MS);
    force.unref();
    try {
      await app.close();
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
