import { DataSource } from 'typeorm';
import { createTestApp, TestApp } from '../../test/test-app';
import { emailTaken, insertCoordinator, recordCreatedByCli } from './create-coordinator.queries';

describe('the create-coordinator command queries (real PostgreSQL)', () => {
  let t: TestApp;
  let db: DataSource;
  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  it('creates an active coordinator, records it, and then knows the email in any case', async () => {
    expect(await emailTaken(db, 'first@test.example')).toBe(false);
    const id = await db.transaction(async (m) => {
      const userId = await insertCoordinator(m, {
        email: 'First@test.example',
        displayName: 'First Coordinator',
        passwordHash: 'a-hash',
      });
      await recordCreatedByCli(m, userId, 'first@test.example');
      return userId;
    });
    expect(await emailTaken(db, 'first@test.example')).toBe(true);
    const [user] = await t.sql(
      `SELECT role, council_id, status, password_hash FROM users WHERE id = $1`,
      [id],
    );
    expect(user).toEqual({
      role: 'coordinator',
      council_id: null,
      status: 'active',
      password_hash: 'a-hash',
    });
    const [event] = await t.sql(
      `SELECT entity_type, entity_id, after FROM audit_events WHERE action = 'user.created-by-cli'`,
    );
    expect(event).toEqual({
      entity_type: 'user',
      entity_id: id,
      after: { email: 'first@test.example', role: 'coordinator' },
    });
  });
});
