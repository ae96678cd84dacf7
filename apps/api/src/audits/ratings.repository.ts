import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditRating, RatingCellChange } from '@rcp/api-contract';
import type { Perspective } from '@rcp/vocabulary';
import { DataSource, EntityManager } from 'typeorm';

/** A rating as stored. */
export interface RatingRow {
  protocol_id: string;
  principle_key: string;
  perspective: Perspective;
  value: number | null;
  evidence_text: string | null;
  evidence_date: string | null;
  evidence_url: string | null;
  carried_forward: boolean;
  rated_at: Date;
  rated_by: string | null;
}

/** The last change of one cell, with who made it. */
interface CellChangeRow {
  protocol_id: string;
  principle_key: string;
  perspective: Perspective;
  audit_version: number;
  changed_at: Date;
  before: AuditRating | null;
  after: AuditRating | null;
  changed_by_name: string | null;
  changed_by_email: string | null;
}

const RATING_SELECT = `protocol_id, principle_key, perspective, value, evidence_text,
  to_char(evidence_date, 'YYYY-MM-DD') AS evidence_date, evidence_url, carried_forward, rated_at, rated_by`;

const CHANGE_SELECT = `c.protocol_id, c.principle_key, c.perspective, c.audit_version, c.changed_at, c.before,
  c.after, u.display_name AS changed_by_name, u.email AS changed_by_email`;

/** A cell of an audit: protocol × principle × perspective. */
export interface CellRef {
  protocolId: string;
  principleKey: string;
  perspective: Perspective;
}

export function cellKeyOf(c: CellRef): string {
  return `${c.protocolId}/${c.principleKey}/${c.perspective}`;
}

export function toRating(r: RatingRow): AuditRating {
  return {
    protocolId: r.protocol_id,
    principleKey: r.principle_key,
    perspective: r.perspective,
    value: r.value as AuditRating['value'],
    evidence: r.evidence_text
      ? { text: r.evidence_text, date: r.evidence_date ?? '', url: r.evidence_url }
      : null,
    carriedForward: r.carried_forward,
    ratedAt: r.rated_at.toISOString(),
    ratedBy: r.rated_by,
  };
}

function toChange(r: CellChangeRow): RatingCellChange {
  return {
    protocolId: r.protocol_id,
    principleKey: r.principle_key,
    perspective: r.perspective,
    before: r.before,
    after: r.after,
    version: r.audit_version,
    changedBy:
      r.changed_by_email !== null
        ? { name: r.changed_by_name ?? r.changed_by_email, email: r.changed_by_email }
        : null,
    changedAt: r.changed_at.toISOString(),
  };
}

/** Cells as three parallel arrays, for `unnest` (one round trip whatever the number of cells). */
function cellArrays(cells: readonly CellRef[]): [string[], string[], string[]] {
  return [
    cells.map((c) => c.protocolId),
    cells.map((c) => c.principleKey),
    cells.map((c) => c.perspective),
  ];
}

export interface RatingToStore extends CellRef {
  value: number | null;
  evidence: { text: string; date: string; url: string | null } | null;
}

/** The SQL of an audit's ratings and of the last change of each cell. */
@Injectable()
export class RatingsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async listByAudit(auditId: string, m: EntityManager = this.db.manager): Promise<AuditRating[]> {
    const rows = (await m.query(`SELECT ${RATING_SELECT} FROM ratings WHERE audit_id = $1`, [
      auditId,
    ])) as RatingRow[];
    return rows.map(toRating);
  }

  /** The stored ratings of the given cells, by cell key (cells with no rating are absent). */
  async findCells(
    auditId: string,
    cells: readonly CellRef[],
    m: EntityManager = this.db.manager,
  ): Promise<Map<string, AuditRating>> {
    const rows = (await m.query(
      `SELECT ${RATING_SELECT} FROM ratings r
         JOIN unnest($2::uuid[], $3::text[], $4::text[]) AS x(protocol_id, principle_key, perspective)
           USING (protocol_id, principle_key, perspective)
        WHERE r.audit_id = $1`,
      [auditId, ...cellArrays(cells)],
    )) as RatingRow[];
    return new Map(rows.map((r) => [cellKeyOf(toRating(r)), toRating(r)]));
  }

  /**
   * Copies the ratings of an earlier audit that still fit (protocols in this audit, these principles
   * and perspectives) as "carried forward", keeping their original date to show their age.
   */
  async carryForward(
    auditId: string,
    fromAuditId: string,
    principleKeys: readonly string[],
    perspectives: readonly Perspective[],
    m: EntityManager,
  ): Promise<number> {
    const result = (await m.query(
      `INSERT INTO ratings (audit_id, protocol_id, principle_key, perspective, value, evidence_text, evidence_date,
         evidence_url, carried_forward, rated_at, rated_by)
       SELECT $1, r.protocol_id, r.principle_key, r.perspective, r.value, r.evidence_text, r.evidence_date,
              r.evidence_url, true, r.rated_at, r.rated_by
         FROM ratings r
         JOIN audit_protocols ap ON ap.audit_id = $1 AND ap.protocol_id = r.protocol_id
        WHERE r.audit_id = $2 AND r.principle_key = ANY($3) AND r.perspective = ANY($4)
       RETURNING 1`,
      [auditId, fromAuditId, principleKeys, perspectives],
    )) as unknown[];
    return result.length;
  }

  /** Sets a cell (confirming it if it was carried forward); returns it as stored. */
  async upsert(
    auditId: string,
    rating: RatingToStore,
    ratedBy: string,
    m: EntityManager,
  ): Promise<AuditRating> {
    const [row] = (await m.query(
      `INSERT INTO ratings (audit_id, protocol_id, principle_key, perspective, value, evidence_text, evidence_date,
         evidence_url, carried_forward, rated_at, rated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, false, now(), $9)
       ON CONFLICT (audit_id, protocol_id, principle_key, perspective) DO UPDATE SET
         value = EXCLUDED.value, evidence_text = EXCLUDED.evidence_text, evidence_date = EXCLUDED.evidence_date,
         evidence_url = EXCLUDED.evidence_url, carried_forward = false, rated_at = now(), rated_by = EXCLUDED.rated_by
       RETURNING ${RATING_SELECT}`,
      [
        auditId,
        rating.protocolId,
        rating.principleKey,
        rating.perspective,
        rating.value,
        rating.evidence?.text ?? null,
        rating.evidence?.date ?? null,
        rating.evidence?.url ?? null,
        ratedBy,
      ],
    )) as RatingRow[];
    return toRating(row);
  }

  async delete(auditId: string, cell: CellRef, m: EntityManager): Promise<void> {
    await m.query(
      `DELETE FROM ratings WHERE audit_id = $1 AND protocol_id = $2 AND principle_key = $3 AND perspective = $4`,
      [auditId, cell.protocolId, cell.principleKey, cell.perspective],
    );
  }

  /** Records the cell's latest change (replacing the one before): the version it made, who, what. */
  async recordChange(
    auditId: string,
    cell: CellRef,
    change: { version: number; by: string; before: AuditRating | null; after: AuditRating | null },
    m: EntityManager,
  ): Promise<void> {
    await m.query(
      `INSERT INTO rating_cell_changes
         (audit_id, protocol_id, principle_key, perspective, audit_version, changed_by, changed_at, before, after)
       VALUES ($1, $2, $3, $4, $5, $6, now(), $7, $8)
       ON CONFLICT (audit_id, protocol_id, principle_key, perspective) DO UPDATE SET
         audit_version = EXCLUDED.audit_version, changed_by = EXCLUDED.changed_by, changed_at = now(),
         before = EXCLUDED.before, after = EXCLUDED.after`,
      [
        auditId,
        cell.protocolId,
        cell.principleKey,
        cell.perspective,
        change.version,
        change.by,
        change.before === null ? null : JSON.stringify(change.before),
        change.after === null ? null : JSON.stringify(change.after),
      ],
    );
  }

  /** The last change of each of the given cells that has one, by cell key. */
  async lastChanges(
    auditId: string,
    cells: readonly CellRef[],
    m: EntityManager = this.db.manager,
  ): Promise<Map<string, RatingCellChange>> {
    const rows = (await m.query(
      `SELECT ${CHANGE_SELECT} FROM rating_cell_changes c
         JOIN unnest($2::uuid[], $3::text[], $4::text[]) AS x(protocol_id, principle_key, perspective)
           USING (protocol_id, principle_key, perspective)
         LEFT JOIN users u ON u.id = c.changed_by
        WHERE c.audit_id = $1`,
      [auditId, ...cellArrays(cells)],
    )) as CellChangeRow[];
    return new Map(rows.map((r) => [cellKeyOf(toChange(r)), toChange(r)]));
  }

  /** Every cell changed after `version`, oldest first. */
  async changesSince(
    auditId: string,
    version: number,
    m: EntityManager = this.db.manager,
  ): Promise<RatingCellChange[]> {
    const rows = (await m.query(
      `SELECT ${CHANGE_SELECT} FROM rating_cell_changes c LEFT JOIN users u ON u.id = c.changed_by
        WHERE c.audit_id = $1 AND c.audit_version > $2 ORDER BY c.audit_version, c.changed_at`,
      [auditId, version],
    )) as CellChangeRow[];
    return rows.map(toChange);
  }
}
