import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { aDataDir, aPort, removeDataDirs, startApi, stop, waitForHealth } from './api-process';

/** A PostgreSQL server in its own process that the test stops and starts on the same port. */
class StandalonePostgres {
  private readonly lines: AsyncIterator<string>;
  private constructor(private readonly child: ChildProcess) {
    this.lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })[
      Symbol.asyncIterator
    ]();
  }

  static async start(dir: string, port: number, password: string): Promise<StandalonePostgres> {
    const child = spawn(
      process.execPath,
      [join(__dirname, 'support/standalone-postgres.mjs'), join(dir, 'pg'), String(port), password],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    const pg = new StandalonePostgres(child);
    await pg.expect('ready');
    return pg;
  }

  async send(command: 'stop' | 'start', answer: string): Promise<void> {
    this.child.stdin?.write(`${command}\n`);
    await this.expect(answer);
  }

  async exit(): Promise<void> {
    this.child.stdin?.end('exit\n');
    await new Promise((resolve) => this.child.once('exit', resolve));
  }

  private async expect(answer: string): Promise<void> {
    const next = await this.lines.next();
    if (next.value !== answer) throw new Error(`PostgreSQL helper said ${String(next.value)}`);
  }
}

async function statusOf(port: number, path: string, init?: RequestInit) {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, init);
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
}

describe('the API when its PostgreSQL server restarts (DATABASE_URL)', () => {
  afterAll(removeDataDirs);

  it('answers 503 while the database is away, and recovers by itself when it is back', async () => {
    const dbDir = await aDataDir();
    await chmod(dbDir, 0o755); // the postgres user must reach the cluster folder
    const dbPort = aPort();
    const password = randomBytes(12).toString('hex');
    const pg = await StandalonePostgres.start(dbDir, dbPort, password);
    const port = aPort();
    const api = startApi({
      PORT: String(port),
      DATA_DIR: await aDataDir(),
      DATABASE_URL: `postgres://postgres:${password}@127.0.0.1:${dbPort}/rcp_audit`,
    });
    try {
      expect((await waitForHealth(port))['status']).toBe('ok');

      await pg.send('stop', 'stopped');
      const health = await statusOf(port, '/api/v1/health');
      expect(health.status).toBe(503);
      expect(health.body.message).toBe('The service is unavailable: database not answering.');
      // Any request that needs the database (here the rate limiter's counters) is told to retry,
      // without the socket's detail.
      const away = await statusOf(port, '/api/v1/frameworks/current');
      expect(away.status).toBe(503);
      expect(away.retryAfter).toBe('5');
      expect(away.body.message).toBe(
        'The service cannot reach its database just now. Please try again in a moment.',
      );
      expect(JSON.stringify(away.body)).not.toMatch(/ECONN|127\.0\.0\.1/);

      await pg.send('start', 'started');
      expect((await waitForHealth(port, 30000))['status']).toBe('ok');
      const back = await statusOf(port, '/api/v1/frameworks/current');
      expect(back.status).toBe(401); // answered normally again: sign in first
      expect(await stop(api)).toBe(0);
    } finally {
      await stop(api);
      await pg.exit();
    }
  });
});
