import { ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const workspaceRoot = resolve(__dirname, '../../..');
const MAIN = join(workspaceRoot, 'dist/apps/api/main.js');

export interface ApiProcess {
  child: ChildProcess;
  port: number;
  output(): string;
  /** Resolves with the exit code. */
  exited: Promise<number | null>;
}

let nextPort = 4400 + (process.pid % 200);

export function aPort(): number {
  return nextPort++;
}

const dataDirs: string[] = [];

/** A fresh data folder under the system temp folder; removed by removeDataDirs(). */
export async function aDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rcp-api-e2e-'));
  dataDirs.push(dir);
  return dir;
}

export async function removeDataDirs(): Promise<void> {
  await Promise.all(dataDirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** Starts the built API; one process (WEB_CONCURRENCY=1) unless `env` asks for workers. */
export function startApi(env: Record<string, string>): ApiProcess {
  let output = '';
  const child = spawn(process.execPath, [MAIN], {
    cwd: workspaceRoot,
    env: { ...process.env, LOG_LEVEL: 'info', DEMO: 'false', WEB_CONCURRENCY: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d) => (output += d.toString()));
  child.stderr?.on('data', (d) => (output += d.toString()));
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  return { child, port: Number(env['PORT']), output: () => output, exited };
}

export async function waitForHealth(
  port: number,
  timeoutMs = 60000,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/health`);
      if (res.ok) return (await res.json()) as Record<string, unknown>;
      lastError = new Error(`status ${res.status}`);
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`API on port ${port} never became healthy: ${String(lastError)}`);
}

export async function stop(
  api: ApiProcess,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<number | null> {
  if (api.child.exitCode !== null) return api.child.exitCode;
  api.child.kill(signal);
  return api.exited;
}

/** The embedded database's port, as the API logged it. */
export function embeddedDbPort(api: ApiProcess): number {
  const match = /Embedded PostgreSQL listening on 127\.0\.0\.1:(\d+)/.exec(api.output());
  if (!match) throw new Error('the API did not log an embedded PostgreSQL port');
  return Number(match[1]);
}
