import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log's action filter lists the actions recorded (in one council, or anywhere). A
 * DISTINCT over the trail read every event, and the trail only grows; with these indexes the list
 * is found by jumping from one action to the next (a handful of index probes). Not built
 * CONCURRENTLY: migrations run under an advisory lock that other starting API processes wait on,
 * and a concurrent build would wait for them in turn (a deadlock); writes to the trail wait for
 * the build, at start-up.
 */
export class AuditActionIndexes1765750000000 implements MigrationInterface {
  name = 'AuditActionIndexes1765750000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX audit_events_action_idx ON audit_events (action)`);
    await q.query(
      `CREATE INDEX audit_events_council_action_idx ON audit_events (council_id, action)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_events_council_action_idx`);
    await q.query(`DROP INDEX audit_events_action_idx`);
  }
}
