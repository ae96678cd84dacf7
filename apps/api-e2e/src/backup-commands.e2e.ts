import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { chmod } from 'node:fs/promises';
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

/** A folder for several data folders and backups; PostgreSQL's own user must be able to reach it. */
async function aWorkDir(): Promise<string> {
  const dir = await aDataDir();
  await chmod(dir, 0o755);
  return dir;
}

/** Runs a built command (dist/apps/api/<name>.js) in `cwd`, as `npm run …` would. */
function command(name: string, args: string[], env: Record<string, string>, cwd: string) {
  return spawnSync(process.execPath, [join(workspaceRoot, `dist/apps/api/${name}.js`), ...args], {
    cwd,
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    encoding: 'utf8',
  });
}

async function signInStatus(port: number, email: string): Promise<number> {
  const base = `http://127.0.0.1:${port}/api/v1`;
  const options = await fetch(`${base}/auth/sign-in-options`);
  const xsrf = /XSRF-TOKEN=([^;]+)/.exec(options.headers.get('set-cookie') ?? '')?.[1] ?? '';
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      cookie: `XSRF-TOKEN=${xsrf}`,
      'x-xsrf-token': xsrf,
    },
    body: JSON.stringify({ email, password: 'demo-password-1234' }),
  });
  return login.status;
}

describe('npm run db:backup, db:restore and demo:reset', () => {
  afterAll(removeDataDirs);

  it('backs up a running app, refuses to restore under it, and restores into a new DATA_DIR', async () => {
    const work = await aWorkDir();
    const original = join(work, 'original');
    const port = aPort();
    const api = startApi({ PORT: String(port), DATA_DIR: original, DEMO: 'true' });
    const file = join(work, 'nightly.backup.gz');
    try {
      await waitForHealth(port);
      const backup = command('db-backup', [file], { DATA_DIR: original }, work);
      expect(backup.stderr).toBe('');
      expect(backup.stdout).toContain("Backing up the running app's embedded PostgreSQL");
      expect(backup.stdout).toMatch(/Backed up \d+ tables \(\d+ rows; schema at \w+\)/);
      expect(backup.status).toBe(0);

      const under = command('db-restore', [file, '--replace'], { DATA_DIR: original }, work);
      expect(under.stderr).toContain('Stop the app first');
      expect(under.status).toBe(1);
    } finally {
      await stop(api);
    }

    const copy = join(work, 'copy');
    const restore = command('db-restore', [file], { DATA_DIR: copy }, work);
    expect(restore.stderr).toBe('');
    expect(restore.stdout).toMatch(/Restored \d+ tables \(\d+ rows\) from the backup of /);
    expect(restore.status).toBe(0);

    const again = command('db-restore', [file], { DATA_DIR: copy }, work);
    expect(again.stderr).toContain('already holds data');
    expect(again.status).toBe(1);

    const copyPort = aPort();
    const restored = startApi({ PORT: String(copyPort), DATA_DIR: copy });
    try {
      await waitForHealth(copyPort);
      expect(await signInStatus(copyPort, 'lead@northfield.demo.example')).toBe(200);
    } finally {
      await stop(restored);
    }
  });

  it('demo:reset keeps a backup of a database that held data, and only then', async () => {
    const work = await aWorkDir();
    const dataDir = join(work, 'data');
    const first = command('demo', ['reset'], { DATA_DIR: dataDir }, work);
    expect(first.status).toBe(0);
    expect(first.stdout).not.toContain('Backed up');
    expect(existsSync(join(work, 'backups'))).toBe(false);

    const second = command('demo', ['reset'], { DATA_DIR: dataDir }, work);
    expect(second.status).toBe(0);
    const printed = /Backed up .* to\n {2}(\S+)/.exec(second.stdout)?.[1];
    const files = readdirSync(join(work, 'backups'));
    expect(files).toHaveLength(1);
    expect(printed).toBe(join(work, 'backups', files[0]));
    expect(files[0]).toMatch(/^rcp-audit-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\dZ\.backup\.gz$/);
  });
});
