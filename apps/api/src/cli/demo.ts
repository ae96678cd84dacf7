/**
 * Reloads the demo network:
 *   npm run demo:reset                                  (the 12 demo councils, 6 audits each)
 *   npm run demo:reset -- --councils 400 --audits 12    (a national-scale dataset for benchmarks)
 *   npm run demo:reset -- --councils 400 --audits 12 --protocols 80   (~6 M ratings)
 * Options: --councils N, --audits N, --protocols N (per council), --seed N. Uses DATABASE_URL, or the embedded PostgreSQL in
 * DATA_DIR (stop the running app first). Everything in that database is replaced, after a backup
 * to backups/ unless it held no data.
 */
import { NestFactory } from '@nestjs/core';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from '../app/app.module';
import { backUpDatabase } from '../backups/back-up-database';
import { defaultBackupPath } from '../backups/backup-file';
import { emptyPublicSchema, holdsData } from '../backups/backup.queries';
import { ConfigError, loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { DemoSeedService } from '../demo/demo-seed.service';
import { DEMO_DEFAULTS, DemoOptions } from '../demo/demo-plan';
import { backedUp } from './backup-messages';
import { openCommandDatabase } from './command-database';
import { runCommand } from './run-command';

function option(args: string[], name: string, fallback: number, min: number, max: number): number {
  const i = args.indexOf(`--${name}`);
  if (i === -1) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(
      `--${name} must be a whole number from ${min} to ${max} (got "${args[i + 1]}")`,
    );
  }
  return value;
}

/** Keeps a copy of what is about to be replaced; an empty database needs none. */
async function backUpUnlessEmpty(url: string): Promise<void> {
  const db = new DataSource(dataSourceOptions(url, 1));
  await db.initialize();
  const worthKeeping = await holdsData(db).finally(() => db.destroy());
  if (!worthKeeping) return;
  const path = resolve(defaultBackupPath());
  console.log(backedUp(await backUpDatabase(url, path), path));
  console.log(`(npm run db:restore -- ${path} --replace puts it back.)`);
}

runCommand(async (args) => {
  let config;
  let options: DemoOptions;
  try {
    config = loadConfig(process.env);
    options = {
      ...DEMO_DEFAULTS,
      councils: option(args, 'councils', DEMO_DEFAULTS.councils, 1, 5000),
      auditsPerCouncil: option(args, 'audits', DEMO_DEFAULTS.auditsPerCouncil, 1, 40),
      seed: option(args, 'seed', DEMO_DEFAULTS.seed, 0, 2 ** 31),
    };
    if (args.includes('--protocols'))
      options.protocolsPerCouncil = option(args, 'protocols', 0, 1, 500);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }

  const target = await openCommandDatabase(config, { readOnly: false, mustExist: false });
  const url = target.url;
  try {
    await backUpUnlessEmpty(url);
    const started = Date.now();
    const db = new DataSource(dataSourceOptions(url));
    await db.initialize();
    await emptyPublicSchema(db);
    await db.destroy();

    const app = await NestFactory.createApplicationContext(
      AppModule.register({ ...config, databaseUrl: url, demo: false, logLevel: 'warn' }),
      { logger: ['error', 'warn'] },
    );
    try {
      let last = 0;
      await app.get(DemoSeedService).seedIfEmpty(options, true, (done) => {
        if (Date.now() - last > 2000 || done === options.councils) {
          last = Date.now();
          process.stdout.write(`\r${done} of ${options.councils} councils loaded`);
        }
      });
    } finally {
      await app.close();
    }
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `\nDemo network loaded: ${options.councils} councils × ${options.auditsPerCouncil} audits` +
        (options.protocolsPerCouncil ? ` × ${options.protocolsPerCouncil} protocols` : '') +
        ` in ${seconds} s.`,
    );
    return 0;
  } finally {
    await target.close();
  }
});
