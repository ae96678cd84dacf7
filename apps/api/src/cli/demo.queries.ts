import { Queryable } from '../database/queryable';

/** Drops every table, view and type of the public schema and recreates it empty. */
export async function emptyPublicSchema(db: Queryable): Promise<void> {
  await db.query(`DROP SCHEMA public CASCADE`);
  await db.query(`CREATE SCHEMA public`);
}
