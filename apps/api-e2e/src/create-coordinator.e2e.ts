import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import {
  aDataDir,
  aPort,
  removeDataDirs,
  startApi,
  stop,
  waitForHealth,
  workspaceRoot,
} from './api-process';

function createCoordinator(env: Record<string, string>) {
  return spawnSync(process.execPath, [join(workspaceRoot, 'dist/apps/api/create-coordinator.js')], {
    cwd: workspaceRoot,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
}

describe('npm run create-coordinator', () => {
  afterAll(removeDataDirs);

  it('creates the first coordinator outside demo mode, who can then sign in', async () => {
    const dataDir = await aDataDir();
    const created = createCoordinator({
      DATA_DIR: dataDir,
      COORDINATOR_EMAIL: 'First.Coordinator@council.example',
      COORDINATOR_NAME: 'First Coordinator',
      COORDINATOR_PASSWORD: 'walnut tram orbit quietly',
    });
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);

    const port = aPort();
    const api = startApi({ PORT: String(port), DATA_DIR: dataDir, DEMO: 'false' });
    try {
      await waitForHealth(port);
      const base = `http://127.0.0.1:${port}/api/v1`;
      const options = await fetch(`${base}/auth/sign-in-options`);
      expect(await options.json()).toEqual({ demo: false, demoAccounts: [], demoPassword: null });
      const xsrf = /XSRF-TOKEN=([^;]+)/.exec(options.headers.get('set-cookie') ?? '')?.[1] ?? '';
      const login = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: `XSRF-TOKEN=${xsrf}`,
          'x-xsrf-token': xsrf,
        },
        body: JSON.stringify({
          email: 'first.coordinator@council.example',
          password: 'walnut tram orbit quietly',
        }),
      });
      expect(login.status).toBe(200);
      expect(await login.json()).toMatchObject({ role: 'coordinator', councilId: null });
    } finally {
      await stop(api);
    }
  });

  it('refuses a weak password and creates nobody', async () => {
    const dataDir = await aDataDir();
    const result = createCoordinator({
      DATA_DIR: dataDir,
      COORDINATOR_EMAIL: 'weak@council.example',
      COORDINATOR_NAME: 'Weak',
      COORDINATOR_PASSWORD: 'password1234',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Password is too common');
  });
});
