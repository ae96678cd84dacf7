import { aDataDir, aPort, removeDataDirs, startApi, stop, waitForHealth } from './api-process';
import { StandalonePostgres } from './support/standalone-postgres';

async function statusOf(port: number, path: string, init?: RequestInit) {
  const res = await fetch(`http://127.0.0.1:${port}${path}`, init);
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: await res.json() };
}

describe('the API when its PostgreSQL server restarts (DATABASE_URL)', () => {
  afterAll(removeDataDirs);

  it('answers 503 while the database is away, and recovers by itself when it is back', async () => {
    const pg = await StandalonePostgres.start();
    const port = aPort();
    const api = startApi({
      PORT: String(port),
      DATA_DIR: await aDataDir(),
      DATABASE_URL: pg.url,
    });
    try {
      expect((await waitForHealth(port))['status']).toBe('ok');

      await pg.send('stop', 'stopped');
      const health = await statusOf(port, '/api/v1/health');
      expect(health.status).toBe(503);
      expect(health.body.message).toBe('The service is unavailable: database not answering.');
      // Any request that needs the database (here looking up a session this process has not seen)
      // is told to retry, without the socket's detail.
      const withSession = { headers: { cookie: 'rcp_session=not-seen-before' } };
      const away = await statusOf(port, '/api/v1/frameworks/current', withSession);
      expect(away.status).toBe(503);
      expect(away.retryAfter).toBe('5');
      expect(away.body.message).toBe(
        'The service cannot reach its database just now. Please try again in a moment.',
      );
      expect(JSON.stringify(away.body)).not.toMatch(/ECONN|127\.0\.0\.1/);

      await pg.send('start', 'started');
      expect((await waitForHealth(port, 30000))['status']).toBe('ok');
      const back = await statusOf(port, '/api/v1/frameworks/current', withSession);
      expect(back.status).toBe(401); // answered normally again: that session does not exist
      expect(await stop(api)).toBe(0);
    } finally {
      await stop(api);
      await pg.exit();
    }
  });
});
