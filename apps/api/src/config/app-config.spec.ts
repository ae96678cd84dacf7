import { availableParallelism } from 'node:os';
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
      loginMaxWaitSeconds: 900,
      loginAddressLimit: 100,
      rateLimitPerMinute: 3000,
      trustProxy: false,
      benchmarkMinGroup: 5,
      webConcurrency: availableParallelism(),
    });
  });

  it('runs WEB_CONCURRENCY API workers: by default one per core', () => {
    expect(loadConfig({}).webConcurrency).toBe(availableParallelism());
    expect(loadConfig({ WEB_CONCURRENCY: '' }).webConcurrency).toBe(availableParallelism());
    expect(loadConfig({ WEB_CONCURRENCY: '1' }).webConcurrency).toBe(1);
    expect(loadConfig({ WEB_CONCURRENCY: '6' }).webConcurrency).toBe(6);
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
    ['LOGIN_FAILURE_LIMIT', '0'],
    ['LOGIN_MAX_WAIT_SECONDS', 'soon'],
    ['LOGIN_ADDRESS_LIMIT', '5'],
    ['WEB_CONCURRENCY', '0'],
    ['WEB_CONCURRENCY', 'auto'],
    ['WEB_CONCURRENCY', '65'],
    ['TRUST_PROXY', 'true'],
    ['TRUST_PROXY', '11'],
    ['TRUST_PROXY', '10.0.0.0/33'],
    ['TRUST_PROXY', 'loopback, proxy.example'],
  ])('refuses a bad %s (%j) with one line naming the variable', (name, value) => {
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

  describe('TRUST_PROXY (which proxy hops may name the client address)', () => {
    it.each([
      ['', false],
      ['none', false],
      ['false', false],
      ['0', false],
      ['1', 1],
      ['2', 2],
      ['loopback', ['loopback']],
      ['10.0.0.0/8, 172.16.0.0/12,fd00::/8', ['10.0.0.0/8', '172.16.0.0/12', 'fd00::/8']],
      ['LinkLocal,192.0.2.10', ['linklocal', '192.0.2.10']],
    ])('reads %j as %j', (value, expected) => {
      expect(loadConfig({ TRUST_PROXY: value }).trustProxy).toEqual(expected);
    });

    it('says what it accepts when refusing a value', () => {
      expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(
        /TRUST_PROXY must be none, a hop count .* \(got "true"\)/,
      );
    });
  });
});
