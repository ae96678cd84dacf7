import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Client } from 'pg';
import { aDataDir, aPort } from '../api-process';

/**
 * A PostgreSQL server in its own process (standalone-postgres.mjs), standing in for an external
 * database server: the tests hand its DATABASE_URL to API processes, and may stop and start it.
 */
export class StandalonePostgres {
  private readonly lines: AsyncIterator<string>;
  private constructor(
    private readonly child: ChildProcess,
    /** DATABASE_URL of its `rcp_audit` database. */
    readonly url: string,
  ) {
    this.lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })[
      Symbol.asyncIterator
    ]();
  }

  /** A fresh cluster in a new temp folder (removed by removeDataDirs), on a port of its own. */
  static async start(): Promise<StandalonePostgres> {
    const dir = await aDataDir();
    await chmod(dir, 0o755); // the postgres user must reach the cluster folder
    const port = aPort();
    const password = randomBytes(12).toString('hex');
    const child = spawn(
      process.execPath,
      [join(__dirname, 'standalone-postgres.mjs'), join(dir, 'pg'), String(port), password],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    const pg = new StandalonePostgres(
      child,
      `postgres://postgres:${password}@127.0.0.1:${port}/rcp_audit`,
    );
    await pg.expect('ready');
    return pg;
  }

  async send(command: 'stop' | 'start', answer: string): Promise<void> {
    this.child.stdin?.write(`${command}\n`);
    await this.expect(answer);
  }

  /** Runs one query on a connection of its own (for assertions on what was stored). */
  async query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]> {
    const client = new Client({ connectionString: this.url });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
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
