import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';

/** A register protocol as a plan needs it. */
export interface PlanProtocolRow {
  id: string;
  council_id: string;
  name: string;
  status: 'active' | 'retired';
  context_need: 'relational' | 'transactional' | 'mixed';
  library_key: string | null;
}

/**
 * The SQL of what a plan refers to outside its own tables: the council's register protocols (one
 * locked while a change of it is written, their library keys for projections and achievements)
 * and the council's people (a change's owner).
 */
@Injectable()
export class PlanRegisterRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** A register protocol of the council; locked so two plans of it cannot race. */
  async lockProtocol(
    councilId: string,
    protocolId: string,
    m: EntityManager,
  ): Promise<PlanProtocolRow | undefined> {
    const [row] = (await m.query(
      `SELECT id, council_id, name, status, context_need, library_key FROM protocols
        WHERE id = $1 AND council_id = $2 FOR UPDATE`,
      [protocolId, councilId],
    )) as PlanProtocolRow[];
    return row;
  }

  async findProtocol(
    councilId: string,
    protocolId: string,
    m: EntityManager = this.db.manager,
  ): Promise<PlanProtocolRow | undefined> {
    const [row] = (await m.query(
      `SELECT id, council_id, name, status, context_need, library_key FROM protocols
        WHERE id = $1 AND council_id = $2`,
      [protocolId, councilId],
    )) as PlanProtocolRow[];
    return row;
  }

  /** Library keys of the council's register protocols, by protocol id. */
  async libraryKeysOf(
    councilId: string,
    m: EntityManager = this.db.manager,
  ): Promise<Map<string, string | null>> {
    const rows = (await m.query(`SELECT id, library_key FROM protocols WHERE council_id = $1`, [
      councilId,
    ])) as Array<{ id: string; library_key: string | null }>;
    return new Map(rows.map((r) => [r.id, r.library_key]));
  }

  /** True when the user is an active or invited member of the council. */
  async isCouncilUser(
    councilId: string,
    userId: string,
    m: EntityManager = this.db.manager,
  ): Promise<boolean> {
    const rows = (await m.query(
      `SELECT 1 FROM users WHERE id = $1 AND council_id = $2 AND status <> 'deactivated'`,
      [userId, councilId],
    )) as unknown[];
    return rows.length > 0;
  }
}
