import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app/app.module';
import { APP_OPTIONS, configureApp } from './app/configure-app';
import { AppConfig, ConfigError, loadConfig } from './config/app-config';
import { EmbeddedDatabase, startEmbeddedDatabase } from './database/embedded-database';

const log = new Logger('Main');

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

  let embedded: EmbeddedDatabase | undefined;
  if (!config.databaseUrl) {
    embedded = await startEmbeddedDatabase(config.dataDir, (m) => log.log(m));
    config = { ...config, databaseUrl: embedded.url };
  }

  let app;
  try {
    app = await NestFactory.create(AppModule.register(config), APP_OPTIONS);
    configureApp(app, config);
    await app.listen(config.port, config.host);
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
  log.log(`RCP Audit is running on http://localhost:${config.port}`);

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.log(`${signal} received: finishing open requests, then stopping`);
    const force = setTimeout(() => process.exit(1), 15_000);
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

bootstrap().catch((error: unknown) => {
  log.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
