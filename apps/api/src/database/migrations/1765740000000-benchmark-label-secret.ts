import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A secret that shuffles anonymous councils' labels in benchmarks. Each viewer's view gets its own
 * random order of "Council A", "Council B", … drawn from this secret, the model's version and the
 * view, so every API process sends the same bytes for the same view (one ETag, a 304 on a repeat
 * view) and the labels are drawn again whenever the figures change. It never leaves the server.
 * gen_random_uuid() draws from PostgreSQL's strong random source; the default is volatile, so
 * the existing row gets its own value.
 */
export class BenchmarkLabelSecret1765740000000 implements MigrationInterface {
  name = 'BenchmarkLabelSecret1765740000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE benchmark_state ADD COLUMN label_secret text NOT NULL
        DEFAULT encode(sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8')), 'hex')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE benchmark_state DROP COLUMN label_secret`);
  }
}
