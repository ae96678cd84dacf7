import { defineConfig } from '@playwright/test';
import { workspaceRoot } from '@nx/devkit';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The built product (API serving the built web app) on its own port and a fresh embedded database,
// once per worker: worker i talks only to the server on E2E_PORT + i, so specs running at the same
// time never see each other's data (each worker runs its spec files one after another, as before).
// Most of a test is waiting for the page, so on 2 cores a second worker cuts the run's time
// (measured on a busy machine: 6 specs took 393 s with one worker, 303 s with two).
const port = Number(process.env['E2E_PORT'] ?? 4310);
const workers = Number(process.env['E2E_WORKERS'] ?? 2);
// Playwright loads this file again in each worker process with TEST_PARALLEL_INDEX set
// (0 … workers - 1, kept by a replacement worker), so `baseURL` is the worker's own server.
const parallelIndex = Number(process.env['TEST_PARALLEL_INDEX'] ?? 0);
const baseURL = `http://127.0.0.1:${port + parallelIndex}`;

function server(index: number) {
  const serverPort = port + index;
  const dataDir = join(tmpdir(), `rcp-web-e2e-${serverPort}`);
  return {
    command: `rm -rf "${dataDir}" && node dist/apps/api/main.js`,
    cwd: workspaceRoot,
    url: `http://127.0.0.1:${serverPort}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(serverPort),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DEMO: 'true',
      // Lets parallel runs serve their own build of the web app.
      WEB_DIST_DIR: process.env['WEB_DIST_DIR'] ?? 'dist/apps/web/browser',
    },
    gracefulShutdown: { signal: 'SIGTERM' as const, timeout: 10_000 },
    stdout: 'ignore' as const,
    stderr: 'pipe' as const,
  };
}

export default defineConfig({
  testDir: './src',
  outputDir: join(workspaceRoot, `test-output/playwright/results-${port}`),
  fullyParallel: false,
  workers,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    [
      'html',
      { open: 'never', outputFolder: join(workspaceRoot, `test-output/playwright/report-${port}`) },
    ],
  ],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      // Debian's Chromium by default; any Chrome via CHROME_PATH.
      executablePath: process.env['CHROME_PATH'] || '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: Array.from({ length: workers }, (_, index) => server(index)),
  projects: [{ name: 'chromium' }],
});
