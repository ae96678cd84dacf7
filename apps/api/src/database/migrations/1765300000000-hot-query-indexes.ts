import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for hot queries found with EXPLAIN ANALYZE on a generated network (100 councils × 12
 * audits): "who made it work" scanned every audit's protocols for one category (a sequential scan
 * of audit_protocols) and filtered every leadership score of the latest audits for the enabling
 * ones. Both are now read from indexes alone (about 7 ms → under 2 ms there, more at scale).
 * The dashboard's queries were already served by primary keys and audits_council_list_idx.
 */
export class HotQueryIndexes1765300000000 implements MigrationInterface {
  name = 'HotQueryIndexes1765300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX audit_protocols_category_idx ON audit_protocols (category, audit_id, protocol_id) INCLUDE (name)`,
    );
    await q.query(
      `CREATE INDEX audit_protocol_scores_enabling_idx ON audit_protocol_scores (audit_id) INCLUDE (protocol_id, score)
        WHERE perspective = 'leadership' AND class = 'enabling'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX audit_protocol_scores_enabling_idx`);
    await q.query(`DROP INDEX audit_protocols_category_idx`);
  }
}
