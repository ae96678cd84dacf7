import { defineConfig } from '@playwright/test';
import { workspaceRoot } from '@nx/devkit';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The built product (API serving the built web app) on its own port and a fresh embedded database.
const port = Number(process.env['E2E_PORT'] ?? 4310);
const baseURL = `http://127.0.0.1:${port}`;
const dataDir = join(tmpdir(), `rcp-web-e2e-${port}`);

export default defineConfig({
  testDir: './src',
  outputDir: join(workspaceRoot, `test-output/playwright/results-${port}`),
  fullyParallel: false,
  workers: 1,
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
  webServer: {
    command: `rm -rf "${dataDir}" && node dist/apps/api/main.js`,
    cwd: workspaceRoot,
    url: `${baseURL}/api/v1/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(port),
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      DEMO: 'true',
      // Lets parallel runs serve their own build of the web app.
      WEB_DIST_DIR: process.env['WEB_DIST_DIR'] ?? 'dist/apps/web/browser',
    },
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
    stdout: 'ignore',
    stderr: 'pipe',
  },
  projects: [{ name: 'chromium' }],
});
