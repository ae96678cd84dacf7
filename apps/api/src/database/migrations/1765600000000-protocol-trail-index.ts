import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A protocol's page reads its own register changes from the audit trail. Without an index on the
 * entity, that read scans the council's whole trail, which only grows (it is append-only).
 */
export class ProtocolTrailIndex1765600000000 implements MigrationInterface {
  name = 'ProtocolTrailIndex1765600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX audit_events_entity_idx ON audit_events (entity_type, entity_id, occurred_at DESC, id DESC)
        WHERE entity_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_events_entity_idx`);
  }
}
