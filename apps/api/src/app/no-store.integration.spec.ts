import { aCouncil, aUser, Client, TEST_PASSWORD } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';

describe('API answers are never cached (real PostgreSQL)', () => {
  let t: TestApp;
  let councilId: string;
  beforeAll(async () => {
    t = await createTestApp();
    councilId = (await aCouncil(t)).id;
  });
  afterAll(() => t.close());

  it('sends Cache-Control: no-store with sign-in, /auth/me, JSON data and CSV downloads', async () => {
    const lead = await aUser(t, 'lead', councilId);
    const client = await Client.anonymous(t);
    const signIn = await client.post('/api/v1/auth/login', {
      email: lead.email,
      password: TEST_PASSWORD,
    });
    const answers = {
      signIn,
      me: await client.get('/api/v1/auth/me'),
      json: await client.get(`/api/v1/councils/${councilId}/protocols`),
      csv: await client.get(`/api/v1/councils/${councilId}/protocols/export.csv`),
      missing: await client.get(`/api/v1/councils/${(await aCouncil(t)).id}/protocols`),
    };
    expect(answers.csv.headers['content-type']).toContain('text/csv');
    expect(answers.missing.status).toBe(404);
    expect(
      Object.fromEntries(
        Object.entries(answers).map(([name, res]) => [
          name,
          [res.status >= 400 ? 'error' : 'ok', res.headers['cache-control']],
        ]),
      ),
    ).toEqual({
      signIn: ['ok', 'no-store'],
      me: ['ok', 'no-store'],
      json: ['ok', 'no-store'],
      csv: ['ok', 'no-store'],
      missing: ['error', 'no-store'],
    });
  });
});
