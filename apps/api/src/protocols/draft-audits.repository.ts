import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Protocol } from '@rcp/api-contract';
import { DataSource, EntityManager } from 'typeorm';

/** What an audit holds of a register entry: the fields its scores depend on. */
export type AuditCopyFields = Pick<
  Protocol,
  'name' | 'category' | 'type' | 'serviceArea' | 'scope' | 'contextNeed' | 'reach'
>;

interface AuditIdRow {
  audit_id: string;
}

function copyValues(f: AuditCopyFields): unknown[] {
  return [f.name, f.category, f.type, f.serviceArea, f.scope, f.contextNeed, f.reach];
}

/**
 * The register's reach into draft audits: each draft audit holds a copy of the register
 * (`audit_protocols`) that follows it until the audit is submitted. Each write returns the ids of
 * the draft audits it changed.
 */
@Injectable()
export class DraftAuditsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Locks the council's draft audits (SELECT … FOR UPDATE) in the order a save of ratings takes
   * them (the audit row first, by id), so the two never wait on each other in a circle.
   */
  async lockByCouncil(councilId: string, m: EntityManager = this.db.manager): Promise<void> {
    await m.query(
      `SELECT id FROM audits WHERE council_id = $1 AND status = 'draft' ORDER BY id FOR UPDATE`,
      [councilId],
    );
  }

  /**
   * Adds a register protocol (new, or restored) to every draft audit of the council that does not
   * hold it yet; only the audits it joined are returned.
   */
  async addProtocol(
    councilId: string,
    protocolId: string,
    f: AuditCopyFields,
    m: EntityManager = this.db.manager,
  ): Promise<string[]> {
    const rows = (await m.query(
      `INSERT INTO audit_protocols (audit_id, protocol_id, name, category, type, service_area, scope, context_need, reach)
       SELECT a.id, $2, $3, $4, $5, $6, $7, $8, $9 FROM audits a WHERE a.council_id = $1 AND a.status = 'draft'
       ON CONFLICT (audit_id, protocol_id) DO NOTHING
       RETURNING audit_id`,
      [councilId, protocolId, ...copyValues(f)],
    )) as AuditIdRow[];
    return rows.map((r) => r.audit_id);
  }

  /** Copies a protocol's changed fields into the draft audits holding it. */
  async updateProtocol(
    protocolId: string,
    f: AuditCopyFields,
    m: EntityManager = this.db.manager,
  ): Promise<string[]> {
    const [rows] = (await m.query(
      `UPDATE audit_protocols ap SET name = $2, category = $3, type = $4, service_area = $5, scope = $6,
         context_need = $7, reach = $8
       FROM audits a WHERE a.id = ap.audit_id AND a.status = 'draft' AND ap.protocol_id = $1
       RETURNING ap.audit_id`,
      [protocolId, ...copyValues(f)],
    )) as [AuditIdRow[], number];
    return rows.map((r) => r.audit_id);
  }

  /** Takes a protocol (and, by cascade, its ratings) out of the draft audits holding it. */
  async removeProtocol(protocolId: string, m: EntityManager = this.db.manager): Promise<string[]> {
    const [rows] = (await m.query(
      `DELETE FROM audit_protocols ap USING audits a
        WHERE a.id = ap.audit_id AND a.status = 'draft' AND ap.protocol_id = $1
        RETURNING ap.audit_id`,
      [protocolId],
    )) as [AuditIdRow[], number];
    return rows.map((r) => r.audit_id);
  }

  async bumpVersions(auditIds: string[], m: EntityManager = this.db.manager): Promise<void> {
    await m.query(
      `UPDATE audits SET version = version + 1, register_version = version + 1 WHERE id = ANY($1)`,
      [auditIds],
    );
  }
}
