import { Logger } from '@nestjs/common';
import type { SignInOptions } from '@rcp/api-contract';
import { createTestApp, TestApp } from '../../test/test-app';
import { DEMO_PASSWORD } from './demo-accounts';
import { DemoSeedService } from './demo-seed.service';

const NO_DEMO: SignInOptions = { demo: false, demoAccounts: [], demoPassword: null };

async function signInOptions(t: TestApp): Promise<SignInOptions> {
  const res = await t.http.get('/api/v1/auth/sign-in-options');
  expect(res.status).toBe(200);
  return res.body as SignInOptions;
}

describe('demo data only when asked (real PostgreSQL)', () => {
  const apps: TestApp[] = [];
  afterEach(async () => {
    jest.restoreAllMocks();
    await Promise.all(apps.splice(0).map((t) => t.close()));
  });

  it('in production without DEMO, an empty database stays empty and sign-in lists no accounts', async () => {
    // DEMO '' is "not set" (the test app otherwise pins DEMO=false).
    const t = await createTestApp({ NODE_ENV: 'production', DEMO: '' });
    apps.push(t);
    expect(t.config.demo).toBe(false);
    expect(await t.sql(`SELECT email FROM users`)).toEqual([]);
    expect(await t.sql(`SELECT id FROM councils`)).toEqual([]);
    expect(await signInOptions(t)).toEqual(NO_DEMO);
  });

  it('outside demo mode, demo accounts already in the database are neither listed nor kept quiet', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn');
    const t = await createTestApp({ DEMO: 'false' });
    apps.push(t);
    const seed = t.app.get(DemoSeedService);
    await seed.seedIfEmpty();

    expect(await signInOptions(t)).toEqual(NO_DEMO);
    // They still sign in with the published password, so the next start tells the operator.
    await seed.onApplicationBootstrap();
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/DEMO is off, but \d+ demo accounts .* are active/),
    );
  });

  it('in demo mode, sign-in lists the demo accounts it loaded, with their password', async () => {
    const t = await createTestApp({ DEMO: 'true' });
    apps.push(t);
    const options = await signInOptions(t);
    expect(options.demo).toBe(true);
    expect(options.demoPassword).toBe(DEMO_PASSWORD);
    expect(options.demoAccounts.map((a) => a.email)).toContain('coordinator@demo.example');
  });
});
