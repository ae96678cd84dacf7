import { request } from 'node:http';
import {
  aDataDir,
  aPort,
  ApiProcess,
  embeddedDbPort,
  removeDataDirs,
  startApi,
  stop,
  waitForHealth,
} from './api-process';
import { signIn } from './support/api-client';

// `npm start` on a machine with several cores: WEB_CONCURRENCY workers (Node's cluster) serve
// one port; the primary owns the embedded PostgreSQL, and a session works on every worker.

const DEMO_PASSWORD = 'demo-password-1234';

/** A GET on a connection of its own, so the cluster may hand it to any worker. */
function getOnNewConnection(port: number, path: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, agent: false, headers: { cookie } },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** The process ids in the API's request log lines for `url` (pino logs each one's pid). */
function pidsServing(api: ApiProcess, url: string): Set<number> {
  const pids = new Set<number>();
  for (const line of api.output().split('\n')) {
    if (!line.includes(`"url":"${url}"`)) continue;
    const pid = /"pid":(\d+)/.exec(line)?.[1];
    if (pid) pids.add(Number(pid));
  }
  return pids;
}

function timesLogged(api: ApiProcess, pattern: RegExp): number {
  return api.output().match(new RegExp(pattern.source, 'g'))?.length ?? 0;
}

async function until(check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('WEB_CONCURRENCY=2: two workers on one port', () => {
  let api: ApiProcess;
  let cookie: string;

  beforeAll(async () => {
    api = startApi({
      PORT: String(aPort()),
      DATA_DIR: await aDataDir(),
      DEMO: 'true',
      WEB_CONCURRENCY: '2',
    });
    await waitForHealth(api.port, 120_000);
    // The first worker answers as soon as it is up; the primary then starts the other.
    await until(() => api.output().includes('(2 workers)'), 120_000);
    const { session } = await signIn(api.port, 'lead@northfield.demo.example', DEMO_PASSWORD);
    cookie = session?.cookie ?? '';
  }, 150_000);

  afterAll(async () => {
    await stop(api);
    await removeDataDirs();
  });

  it('starts the embedded PostgreSQL once, in the primary, then two workers', () => {
    expect(timesLogged(api, /Embedded PostgreSQL listening on/)).toBe(1);
    expect(timesLogged(api, /Serving on port/)).toBe(2);
    expect(api.output()).toContain(`running on http://localhost:${api.port} (2 workers)`);
  });

  it('serves one session from both workers, never from the primary', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      statuses.push(await getOnNewConnection(api.port, '/api/v1/auth/me', cookie));
    }
    expect(statuses).toEqual(Array(8).fill(200));
    await until(() => pidsServing(api, '/api/v1/auth/me').size >= 2);
    const pids = pidsServing(api, '/api/v1/auth/me');
    expect(pids.size).toBe(2);
    expect([...pids]).not.toContain(api.child.pid);
  });

  it('replaces a worker that dies, and the session still works', async () => {
    const [victim] = [...pidsServing(api, '/api/v1/auth/me')];
    process.kill(victim, 'SIGKILL');
    await until(() => /Worker \d+ died/.test(api.output()));
    await until(() => timesLogged(api, /Serving on port/) === 3);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push(await getOnNewConnection(api.port, '/api/v1/auth/me', cookie));
    }
    expect(statuses).toEqual(Array(6).fill(200));
  });

  it('on SIGTERM stops the workers, then PostgreSQL, and exits cleanly', async () => {
    const dbPort = embeddedDbPort(api);
    expect(await stop(api)).toBe(0);
    expect(api.output()).toMatch(/stopping the workers, then the database/);
    await expect(fetch(`http://127.0.0.1:${api.port}/api/v1/health`)).rejects.toThrow();
    const { createConnection } = await import('node:net');
    const refused = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ host: '127.0.0.1', port: dbPort });
      socket.on('connect', () => resolve(!socket.destroy()));
      socket.on('error', () => resolve(true));
    });
    expect(refused).toBe(true);
  });
});
