import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Protocol, ProtocolFields } from '@rcp/api-contract';
import type { ProtocolStatus } from '@rcp/vocabulary';
import { DataSource, EntityManager } from 'typeorm';

/** A row of `protocols` as PostgreSQL returns it (the review date already formatted). */
export interface ProtocolRow {
  id: string;
  council_id: string;
  name: string;
  description: string;
  category: string;
  type: Protocol['type'];
  owner: string;
  service_area: string;
  scope: Protocol['scope'];
  context_need: Protocol['contextNeed'];
  reach: Protocol['reach'];
  basis: Protocol['basis'];
  review_date: string | null;
  source_links: string[];
  library_key: string | null;
  status: Protocol['status'];
  retired_at: Date | null;
  retired_reason: string | null;
  created_at: Date;
  updated_at: Date;
  version: number;
}

export type ProtocolStatusFilter = ProtocolStatus | 'all';

const PROTOCOL_COLUMNS = `id, council_id, name, description, category, type, owner, service_area, scope,
  context_need, reach, basis, to_char(review_date, 'YYYY-MM-DD') AS review_date, source_links, library_key, status,
  retired_at, retired_reason, created_at, updated_at, version`;

export function toProtocol(r: ProtocolRow): Protocol {
  return {
    id: r.id,
    councilId: r.council_id,
    name: r.name,
    description: r.description,
    category: r.category,
    type: r.type,
    owner: r.owner,
    serviceArea: r.service_area,
    scope: r.scope,
    contextNeed: r.context_need,
    reach: r.reach,
    basis: r.basis,
    reviewDate: r.review_date,
    sourceLinks: r.source_links,
    libraryKey: r.library_key,
    status: r.status,
    retiredAt: r.retired_at ? r.retired_at.toISOString() : null,
    retiredReason: r.retired_reason,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

/** The register fields in the order of the `$n` placeholders below (name first). */
function fieldValues(f: ProtocolFields): unknown[] {
  return [
    f.name,
    f.description,
    f.category,
    f.type,
    f.owner,
    f.serviceArea,
    f.scope,
    f.contextNeed,
    f.reach,
    f.basis,
    f.reviewDate,
    f.sourceLinks,
  ];
}

/** A council's protocol register: the `protocols` table. */
@Injectable()
export class ProtocolsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async listByCouncil(
    councilId: string,
    status: ProtocolStatusFilter,
    m: EntityManager = this.db.manager,
  ): Promise<ProtocolRow[]> {
    return (await m.query(
      `SELECT ${PROTOCOL_COLUMNS} FROM protocols WHERE council_id = $1 AND ($2 = 'all' OR status = $2)
        ORDER BY lower(name)`,
      [councilId, status],
    )) as ProtocolRow[];
  }

  /** Every name in the council's register (retired ones too), lower-cased. */
  async listLowerNamesByCouncil(
    councilId: string,
    m: EntityManager = this.db.manager,
  ): Promise<string[]> {
    const rows = (await m.query(`SELECT lower(name) AS name FROM protocols WHERE council_id = $1`, [
      councilId,
    ])) as Array<{ name: string }>;
    return rows.map((r) => r.name);
  }

  async findById(
    councilId: string,
    id: string,
    m: EntityManager = this.db.manager,
  ): Promise<ProtocolRow | null> {
    const rows = (await m.query(
      `SELECT ${PROTOCOL_COLUMNS} FROM protocols WHERE id = $1 AND council_id = $2`,
      [id, councilId],
    )) as ProtocolRow[];
    return rows[0] ?? null;
  }

  /** As findById, holding the row (SELECT … FOR UPDATE) until the transaction ends. */
  async lockById(
    councilId: string,
    id: string,
    m: EntityManager = this.db.manager,
  ): Promise<ProtocolRow | null> {
    const rows = (await m.query(
      `SELECT ${PROTOCOL_COLUMNS} FROM protocols WHERE id = $1 AND council_id = $2 FOR UPDATE`,
      [id, councilId],
    )) as ProtocolRow[];
    return rows[0] ?? null;
  }

  /** The status of the protocol holding this name in the council (names match case-blind). */
  async findStatusByName(
    councilId: string,
    name: string,
    m: EntityManager = this.db.manager,
  ): Promise<Protocol['status'] | null> {
    const [row] = (await m.query(
      `SELECT status FROM protocols WHERE council_id = $1 AND lower(name) = lower($2)`,
      [councilId, name],
    )) as Array<{ status: Protocol['status'] }>;
    return row?.status ?? null;
  }

  async insert(
    councilId: string,
    f: ProtocolFields,
    libraryKey: string | null,
    m: EntityManager = this.db.manager,
  ): Promise<ProtocolRow> {
    const [row] = (await m.query(
      `INSERT INTO protocols (council_id, name, description, category, type, owner, service_area, scope, context_need,
         reach, basis, review_date, source_links, library_key)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING ${PROTOCOL_COLUMNS}`,
      [councilId, ...fieldValues(f), libraryKey],
    )) as ProtocolRow[];
    return row;
  }

  /** Writes every register field and moves the version on; the row as it now is. */
  async update(
    id: string,
    f: ProtocolFields,
    m: EntityManager = this.db.manager,
  ): Promise<ProtocolRow> {
    const [rows] = (await m.query(
      `UPDATE protocols SET name = $2, description = $3, category = $4, type = $5, owner = $6, service_area = $7,
         scope = $8, context_need = $9, reach = $10, basis = $11, review_date = $12, source_links = $13,
         updated_at = now(), version = version + 1
       WHERE id = $1 RETURNING ${PROTOCOL_COLUMNS}`,
      [id, ...fieldValues(f)],
    )) as [ProtocolRow[], number];
    return rows[0];
  }

  /** Marks the protocol retired with its reason and moves the version on; the row as it now is. */
  async retire(
    id: string,
    reason: string,
    m: EntityManager = this.db.manager,
  ): Promise<ProtocolRow> {
    const [rows] = (await m.query(
      `UPDATE protocols SET status = 'retired', retired_at = now(), retired_reason = $2, updated_at = now(),
         version = version + 1 WHERE id = $1 RETURNING ${PROTOCOL_COLUMNS}`,
      [id, reason],
    )) as [ProtocolRow[], number];
    return rows[0];
  }

  /** Brings a retired protocol back to the active register and moves the version on. */
  async restore(id: string, m: EntityManager = this.db.manager): Promise<ProtocolRow> {
    const [rows] = (await m.query(
      `UPDATE protocols SET status = 'active', retired_at = NULL, retired_reason = NULL, updated_at = now(),
         version = version + 1 WHERE id = $1 RETURNING ${PROTOCOL_COLUMNS}`,
      [id],
    )) as [ProtocolRow[], number];
    return rows[0];
  }
}
