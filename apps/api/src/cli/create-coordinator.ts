/**
 * Creates the first network coordinator outside demo mode:
 *   npm run create-coordinator                      (asks for email, name and password)
 *   COORDINATOR_EMAIL=… COORDINATOR_NAME=… COORDINATOR_PASSWORD=… npm run create-coordinator
 * Uses DATABASE_URL, or the embedded PostgreSQL in DATA_DIR (stop the running app first).
 */
import { createInterface } from 'node:readline/promises';
import { DataSource } from 'typeorm';
import { hashPassword } from '../auth/passwords';
import { ConfigError, loadConfig } from '../config/app-config';
import { dataSourceOptions } from '../database/data-source-options';
import { EmbeddedDatabase, startEmbeddedDatabase } from '../database/embedded-database';
import { runMigrationsOnce } from '../database/run-migrations';
import { passwordProblems } from '../users/password-policy';
import { emailTaken, insertCoordinator, recordCreatedByCli } from './create-coordinator.queries';

async function ask(question: string, hidden = false): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  if (hidden) {
    // Echo nothing while the password is typed.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
      if (s.startsWith(question)) process.stdout.write(question);
    };
  }
  const answer = await rl.question(question);
  rl.close();
  if (hidden) process.stdout.write('\n');
  return answer.trim();
}

async function main(): Promise<number> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  const email = (process.env['COORDINATOR_EMAIL'] ?? (await ask('Email: '))).toLowerCase();
  const name = process.env['COORDINATOR_NAME'] ?? (await ask('Full name: '));
  const password =
    process.env['COORDINATOR_PASSWORD'] ?? (await ask('Password (12–128 characters): ', true));

  const problems: string[] = [];
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) problems.push('Email must be an email address.');
  if (!name) problems.push('Full name must not be empty.');
  problems.push(...passwordProblems(password, email).map((p) => `Password ${p}.`));
  if (problems.length > 0) {
    for (const p of problems) console.error(p);
    return 1;
  }

  let embedded: EmbeddedDatabase | undefined;
  let url = config.databaseUrl;
  if (!url) {
    embedded = await startEmbeddedDatabase(config.dataDir, () => undefined);
    url = embedded.url;
  }
  const db = new DataSource(dataSourceOptions(url));
  try {
    await db.initialize();
    await runMigrationsOnce(db);
    if (await emailTaken(db, email)) {
      console.error(`Someone with the email ${email} already has an account.`);
      return 1;
    }
    await db.transaction(async (m) => {
      const userId = await insertCoordinator(m, {
        email,
        displayName: name,
        passwordHash: await hashPassword(password),
      });
      await recordCreatedByCli(m, userId, email);
    });
    console.log(`Created network coordinator ${email}. Sign in at the app's /sign-in page.`);
    return 0;
  } finally {
    await db.destroy().catch(() => undefined);
    await embedded?.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
