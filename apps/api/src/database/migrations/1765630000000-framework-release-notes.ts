import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Release notes of a framework version: what changed and why, written by the coordinator when
 * publishing and shown to every council with the version. Versions published before this have
 * none (empty text); the immutability trigger keeps them fixed once published.
 */
export class FrameworkReleaseNotes1765630000000 implements MigrationInterface {
  name = 'FrameworkReleaseNotes1765630000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE framework_versions ADD COLUMN release_notes text NOT NULL DEFAULT ''`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE framework_versions DROP COLUMN release_notes`);
  }
}
