import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  aDataDir,
  aPort,
  embeddedDbPort,
  removeDataDirs,
  startApi,
  stop,
  waitForHealth,
} from './api-process';

function postgresRunningFor(dataDir: string): boolean {
  const out = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' });
  return out
    .split('\n')
    .some((line) => line.includes('postgres') && line.includes(join(dataDir, 'pg')));
}

async function dbClient(dataDir: string, port: number): Promise<Client> {
  const password = readFileSync(join(dataDir, 'db-password'), 'utf8').trim();
  const client = new Client({
    host: '127.0.0.1',
    port,
    user: 'postgres',
    password,
    database: 'rcp_audit',
  });
  await client.connect();
  return client;
}

describe('the API as a process on embedded PostgreSQL', () => {
  afterAll(removeDataDirs);

  it('starts on a bare data folder, stops PostgreSQL on SIGTERM, and reuses the data on the next start', async () => {
    const dataDir = await aDataDir();
    const port = aPort();

    const first = startApi({ PORT: String(port), DATA_DIR: dataDir });
    const health = await waitForHealth(port);
    expect(health['status']).toBe('ok');
    const client = await dbClient(dataDir, embeddedDbPort(first));
    await client.query(
      `CREATE TABLE e2e_marker (note text); INSERT INTO e2e_marker VALUES ('kept')`,
    );
    await client.end();

    expect(await stop(first, 'SIGTERM')).toBe(0);
    expect(postgresRunningFor(dataDir)).toBe(false);

    const second = startApi({ PORT: String(port), DATA_DIR: dataDir });
    await waitForHealth(port);
    expect(second.output()).not.toContain('Creating a PostgreSQL cluster');
    const again = await dbClient(dataDir, embeddedDbPort(second));
    const rows = await again.query('SELECT note FROM e2e_marker');
    await again.end();
    expect(rows.rows).toEqual([{ note: 'kept' }]);

    expect(await stop(second, 'SIGINT')).toBe(0);
    expect(postgresRunningFor(dataDir)).toBe(false);
  });

  it('runs two instances side by side with different PORT and DATA_DIR', async () => {
    const [dirA, dirB] = [await aDataDir(), await aDataDir()];
    const [portA, portB] = [aPort(), aPort()];
    const a = startApi({ PORT: String(portA), DATA_DIR: dirA });
    const b = startApi({ PORT: String(portB), DATA_DIR: dirB });
    try {
      const [ha, hb] = await Promise.all([waitForHealth(portA), waitForHealth(portB)]);
      expect(ha['status']).toBe('ok');
      expect(hb['status']).toBe('ok');
      expect(embeddedDbPort(a)).not.toBe(embeddedDbPort(b));
    } finally {
      await Promise.all([stop(a), stop(b)]);
    }
  });

  it('uses DATABASE_URL when given and starts no PostgreSQL of its own', async () => {
    // Borrow a running embedded instance as the "external" server.
    const hostDir = await aDataDir();
    const hostPort = aPort();
    const host = startApi({ PORT: String(hostPort), DATA_DIR: hostDir });
    await waitForHealth(hostPort);
    const password = readFileSync(join(hostDir, 'db-password'), 'utf8').trim();
    const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${embeddedDbPort(host)}/rcp_audit`;

    const unusedDir = await aDataDir();
    const port = aPort();
    const external = startApi({ PORT: String(port), DATA_DIR: unusedDir, DATABASE_URL: url });
    try {
      expect((await waitForHealth(port))['status']).toBe('ok');
      expect(external.output()).not.toContain('Embedded PostgreSQL');
      expect(postgresRunningFor(unusedDir)).toBe(false);
    } finally {
      await stop(external);
      await stop(host);
    }
  });

  it('refuses a bad setting with one clear line naming the variable', async () => {
    const api = startApi({ PORT: 'not-a-port', DATA_DIR: await aDataDir() });
    expect(await api.exited).toBe(1);
    const lines = api.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('PORT');
    expect(lines[0]).toContain('not-a-port');
  });
});
