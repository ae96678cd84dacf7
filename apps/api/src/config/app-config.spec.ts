import { ConfigError, loadConfig } from './app-config';

describe('configuration', () => {
  it('uses documented defaults when nothing is set', () => {
    expect(loadConfig({})).toEqual({
      port: 3000,
      host: '0.0.0.0',
      dataDir: '.data',
      databaseUrl: undefined,
      logLevel: 'info',
      webDistDir: 'dist/apps/web/browser',
      dbPoolSize: 10,
      demo: true,
      sessionIdleMinutes: 30,
      sessionAbsoluteHours: 12,
      invitationTtlHours: 72,
      publicUrl: undefined,
      cookieSecure: 'auto',
      loginFailureLimit: 5,
      rateLimitPerMinute: 1000,
      benchmarkMinGroup: 5,
    });
  });

  it('loads demo data by default only outside production', () => {
    expect(loadConfig({}).demo).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).demo).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).demo).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DEMO: '' }).demo).toBe(false);
  });

  it('loads demo data in production only when DEMO says so', () => {
    expect(loadConfig({ NODE_ENV: 'production', DEMO: 'true' }).demo).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development', DEMO: 'false' }).demo).toBe(false);
  });

  it('reads PORT, DATA_DIR, DATABASE_URL and DEMO from the environment', () => {
    const config = loadConfig({
      PORT: '4100',
      DATA_DIR: '/tmp/x',
      DATABASE_URL: 'postgres://u:p@db:5432/rcp',
      DEMO: 'false',
    });
    expect(config.port).toBe(4100);
    expect(config.dataDir).toBe('/tmp/x');
    expect(config.databaseUrl).toBe('postgres://u:p@db:5432/rcp');
    expect(config.demo).toBe(false);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['LOG_LEVEL', 'loud'],
    ['DEMO', 'maybe'],
  ])('refuses a bad %s with one line naming the variable', (name, value) => {
    let error: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(name);
    expect(message).toContain(value);
    expect(message).not.toContain('\n');
  });
});
