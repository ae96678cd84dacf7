import { Queryable } from '../database/queryable';

/** Whether an account already has this (lower-case) email. */
export async function emailTaken(db: Queryable, email: string): Promise<boolean> {
  const rows = (await db.query(`SELECT 1 FROM users WHERE lower(email) = $1`, [email])) as Array<{
    '?column?': number;
  }>;
  return rows.length > 0;
}

/** Adds an active network coordinator; returns their id. */
export async function insertCoordinator(
  db: Queryable,
  coordinator: { email: string; displayName: string; passwordHash: string },
): Promise<string> {
  const [user] = (await db.query(
    `INSERT INTO users (email, display_name, role, council_id, password_hash, status)
     VALUES ($1, $2, 'coordinator', NULL, $3, 'active') RETURNING id`,
    [coordinator.email, coordinator.displayName, coordinator.passwordHash],
  )) as Array<{ id: string }>;
  return user.id;
}

/** Records in the audit trail that the command line created this coordinator. */
export async function recordCreatedByCli(
  db: Queryable,
  userId: string,
  email: string,
): Promise<void> {
  await db.query(
    `INSERT INTO audit_events (action, entity_type, entity_id, after) VALUES ('user.created-by-cli', 'user', $1, $2)`,
    [userId, JSON.stringify({ email, role: 'coordinator' })],
  );
}
