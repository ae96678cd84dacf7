import { randomUUID } from 'node:crypto';
import { aCouncil, aUser, Client } from '../../test/builders';
import { createTestApp, TestApp } from '../../test/test-app';
import { CouncilsRepository } from '../councils/councils.repository';

describe("a coordinator's council routes (real PostgreSQL)", () => {
  let t: TestApp;
  let coordinator: Client;
  beforeAll(async () => {
    t = await createTestApp();
    coordinator = await Client.signedIn(t, await aUser(t, 'coordinator', null));
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  it('looks a council up once: a council that exists stays known, archived or not', async () => {
    const { id } = await aCouncil(t);
    const lookups = jest.spyOn(t.app.get(CouncilsRepository), 'exists');
    expect((await coordinator.get(`/api/v1/councils/${id}/audits`)).status).toBe(200);
    expect((await coordinator.get(`/api/v1/councils/${id}/audits`)).status).toBe(200);
    await t.sql(`UPDATE councils SET archived_at = now() WHERE id = $1`, [id]);
    expect((await coordinator.get(`/api/v1/councils/${id}/audits`)).status).toBe(200);
    expect(lookups).toHaveBeenCalledTimes(1);
  });

  it('answers 404 for a council that does not exist, every time, and does not remember it', async () => {
    const missing = randomUUID();
    const lookups = jest.spyOn(t.app.get(CouncilsRepository), 'exists');
    for (let i = 0; i < 2; i++) {
      const res = await coordinator.get(`/api/v1/councils/${missing}/audits`);
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ message: 'Council not found.' });
    }
    expect(lookups).toHaveBeenCalledTimes(2);
  });
});
