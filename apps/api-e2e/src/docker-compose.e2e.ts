import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { workspaceRoot } from './api-process';

/** `docker compose` (v2 plugin) or the standalone `docker-compose`, whichever this machine has. */
function composeCommand(): string[] | undefined {
  if (spawnSync('docker', ['compose', 'version'], { stdio: 'ignore' }).status === 0)
    return ['docker', 'compose'];
  if (spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0)
    return ['docker-compose'];
  return undefined;
}

describe('docker-compose.yml', () => {
  const file = readFileSync(join(workspaceRoot, 'docker-compose.yml'), 'utf8');

  it('runs PostgreSQL and the app, the app built from the Dockerfile and pointed at the database', () => {
    expect(file).toMatch(/^ {2}db:\n {4}image: postgres:/m);
    expect(file).toMatch(/^ {2}app:\n {4}build: \./m);
    expect(file).toContain('DATABASE_URL: postgres://');
    expect(readFileSync(join(workspaceRoot, 'Dockerfile'), 'utf8')).toContain(
      'dist/apps/api/main.js',
    );
  });

  it('starts an empty production database: no demo data unless DEMO is set', () => {
    expect(file).toContain('DEMO: ${DEMO:-false}');
    expect(readFileSync(join(workspaceRoot, 'Dockerfile'), 'utf8')).toMatch(
      /^ENV NODE_ENV=production /m,
    );
  });

  it('sets TRUST_PROXY for the app: none, as the app is reached on its published port', () => {
    expect(file).toMatch(/^ {6}TRUST_PROXY: \$\{TRUST_PROXY:-none\}$/m);
  });

  it('publishes a port range, so `--scale app=2` needs no second fixed host port', () => {
    expect(file).toMatch(/^ {6}- '3000-3009:3000'$/m);
    expect(file).toMatch(/^ {6}WEB_CONCURRENCY: \$\{WEB_CONCURRENCY:-\}$/m);
  });

  it('is accepted by `docker compose config` where a compose client is installed', () => {
    const compose = composeCommand();
    if (!compose) {
      console.warn('No docker compose client on this machine: only the structure check ran.');
      return;
    }
    const [command, ...args] = compose;
    expect(() =>
      execFileSync(command, [...args, 'config', '-q'], { cwd: workspaceRoot, stdio: 'pipe' }),
    ).not.toThrow();
  });
});
