import { type PlanChangeKind, type PlanChangeStatus, type PlanPriority } from '@rcp/vocabulary';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  NetworkPlanRow,
  NewProtocolFields,
  PlanChange,
  TargetRatings,
} from '@rcp/api-contract';
import { DataSource, EntityManager } from 'typeorm';

/** A planned change as stored, with the names of the people and the protocol it refers to. */
export interface PlanChangeRow {
  id: string;
  council_id: string;
  kind: PlanChangeKind;
  protocol_id: string | null;
  new_protocol: NewProtocolFields | null;
  result_protocol_id: string | null;
  title: string;
  rationale: string;
  owner_user_id: string | null;
  owner_name: string | null;
  owner_team: string | null;
  due_date: string | null;
  priority: PlanPriority;
  status: PlanChangeStatus;
  status_changed_at: Date;
  status_changed_by: string | null;
  status_changed_by_name: string | null;
  agreed_at: Date | null;
  target_ratings: TargetRatings;
  version: number;
  created_at: Date;
  created_by: string | null;
  created_by_name: string | null;
  updated_at: Date;
  note_count: number;
  p_name: string | null;
  p_category: string | null;
  p_service_area: string | null;
  p_scope: 'organisational' | 'wider' | null;
  p_context_need: 'relational' | 'transactional' | 'mixed' | null;
  p_reach: 'low' | 'medium' | 'high' | null;
  p_status: 'active' | 'retired' | null;
  p_library_key: string | null;
}

const CHANGE_SELECT = `c.id, c.council_id, c.kind, c.protocol_id, c.new_protocol, c.result_protocol_id, c.title,
  c.rationale, c.owner_user_id, ou.display_name AS owner_name, c.owner_team,
  to_char(c.due_date, 'YYYY-MM-DD') AS due_date, c.priority, c.status, c.status_changed_at, c.status_changed_by,
  su.display_name AS status_changed_by_name, c.agreed_at, c.target_ratings, c.version, c.created_at, c.created_by,
  cu.display_name AS created_by_name, c.updated_at,
  (SELECT count(*)::int FROM plan_change_notes n WHERE n.change_id = c.id) AS note_count,
  p.name AS p_name, p.category AS p_category, p.service_area AS p_service_area, p.scope AS p_scope,
  p.context_need AS p_context_need, p.reach AS p_reach, p.status AS p_status, p.library_key AS p_library_key`;

const CHANGE_FROM = `plan_changes c
  LEFT JOIN protocols p ON p.id = c.protocol_id
  LEFT JOIN users ou ON ou.id = c.owner_user_id
  LEFT JOIN users su ON su.id = c.status_changed_by
  LEFT JOIN users cu ON cu.id = c.created_by`;

/** A person as the contract shows one (null when there is none). */
export const person = (id: string | null, name: string | null) =>
  id ? { id, displayName: name ?? '' } : null;

/** The contract shape of a stored change; `today` (YYYY-MM-DD, UK) decides whether it is overdue. */
export function toPlanChange(r: PlanChangeRow, today: string): PlanChange {
  return {
    id: r.id,
    councilId: r.council_id,
    kind: r.kind,
    protocolId: r.protocol_id,
    protocol:
      r.protocol_id && r.p_name
        ? {
            id: r.protocol_id,
            name: r.p_name,
            category: r.p_category ?? '',
            serviceArea: r.p_service_area ?? '',
            scope: r.p_scope ?? 'organisational',
            contextNeed: r.p_context_need ?? 'relational',
            reach: r.p_reach ?? 'medium',
            status: r.p_status ?? 'active',
            libraryKey: r.p_library_key,
          }
        : null,
    newProtocol: r.new_protocol,
    resultProtocolId: r.result_protocol_id,
    title: r.title,
    rationale: r.rationale,
    owner: person(r.owner_user_id, r.owner_name),
    ownerTeam: r.owner_team,
    dueDate: r.due_date,
    priority: r.priority,
    status: r.status,
    statusChangedAt: r.status_changed_at.toISOString(),
    statusChangedBy: person(r.status_changed_by, r.status_changed_by_name),
    agreedAt: r.agreed_at ? r.agreed_at.toISOString() : null,
    targetRatings: r.target_ratings,
    overdue:
      r.due_date !== null && r.due_date < today && r.status !== 'done' && r.status !== 'dropped',
    noteCount: r.note_count,
    createdAt: r.created_at.toISOString(),
    createdBy: person(r.created_by, r.created_by_name),
    updatedAt: r.updated_at.toISOString(),
    version: r.version,
  };
}

export interface NewPlanChange {
  councilId: string;
  kind: PlanChangeKind;
  protocolId: string | null;
  newProtocol: NewProtocolFields | null;
  title: string;
  rationale: string;
  ownerUserId: string | null;
  ownerTeam: string | null;
  dueDate: string | null;
  priority: PlanPriority;
  status: PlanChangeStatus;
  targetRatings: TargetRatings;
  createdBy: string;
}

/** Editable fields, already validated; undefined = unchanged. */
export interface PlanChangeEdit {
  newProtocol?: NewProtocolFields;
  resultProtocolId?: string | null;
  title?: string;
  rationale?: string;
  ownerUserId?: string | null;
  ownerTeam?: string | null;
  dueDate?: string | null;
  priority?: PlanPriority;
  targetRatings?: TargetRatings;
}

const EDIT_COLUMNS: Record<keyof PlanChangeEdit, string> = {
  newProtocol: 'new_protocol',
  resultProtocolId: 'result_protocol_id',
  title: 'title',
  rationale: 'rationale',
  ownerUserId: 'owner_user_id',
  ownerTeam: 'owner_team',
  dueDate: 'due_date',
  priority: 'priority',
  targetRatings: 'target_ratings',
};

/**
 * The SQL of a plan's changes: the changes themselves, each status move with its history row
 * (written together, so the history is never out of step), and the network's counts of them. Their
 * notes and the reading of their history: `PlanNotesRepository`; the register protocols and people
 * they refer to: `PlanRegisterRepository`.
 */
@Injectable()
export class PlanChangesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async listByCouncil(
    councilId: string,
    m: EntityManager = this.db.manager,
  ): Promise<PlanChangeRow[]> {
    return (await m.query(
      `SELECT ${CHANGE_SELECT} FROM ${CHANGE_FROM} WHERE c.council_id = $1
        ORDER BY CASE c.priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END,
                 c.due_date NULLS LAST, c.created_at, c.id`,
      [councilId],
    )) as PlanChangeRow[];
  }

  /** The change, or undefined; `lock` takes its row lock for the rest of the transaction. */
  async findById(
    id: string,
    lock = false,
    m: EntityManager = this.db.manager,
  ): Promise<PlanChangeRow | undefined> {
    if (lock) await m.query(`SELECT id FROM plan_changes WHERE id = $1 FOR UPDATE`, [id]);
    const rows = (await m.query(`SELECT ${CHANGE_SELECT} FROM ${CHANGE_FROM} WHERE c.id = $1`, [
      id,
    ])) as PlanChangeRow[];
    return rows[0];
  }

  async insert(c: NewPlanChange, m: EntityManager): Promise<string> {
    const agreed = c.status !== 'proposed';
    const [row] = (await m.query(
      `INSERT INTO plan_changes (council_id, kind, protocol_id, new_protocol, title, rationale, owner_user_id,
         owner_team, due_date, priority, status, status_changed_by, agreed_at, target_ratings, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, CASE WHEN $13 THEN now() END, $14, $12)
       RETURNING id`,
      [
        c.councilId,
        c.kind,
        c.protocolId,
        c.newProtocol === null ? null : JSON.stringify(c.newProtocol),
        c.title,
        c.rationale,
        c.ownerUserId,
        c.ownerTeam,
        c.dueDate,
        c.priority,
        c.status,
        c.createdBy,
        agreed,
        JSON.stringify(c.targetRatings),
      ],
    )) as Array<{ id: string }>;
    await this.insertStatusChange(row.id, null, c.status, c.createdBy, m);
    return row.id;
  }

  /** Writes the given fields and moves the version on; false when `version` is no longer current. */
  async update(
    id: string,
    version: number,
    edit: PlanChangeEdit,
    m: EntityManager,
  ): Promise<boolean> {
    const sets: string[] = [];
    const params: unknown[] = [id, version];
    for (const [key, column] of Object.entries(EDIT_COLUMNS) as Array<
      [keyof PlanChangeEdit, string]
    >) {
      const value = edit[key];
      if (value === undefined) continue;
      const json = key === 'newProtocol' || key === 'targetRatings';
      params.push(json && value !== null ? JSON.stringify(value) : value);
      sets.push(`${column} = $${params.length}`);
    }
    const [, affected] = (await m.query(
      `UPDATE plan_changes SET ${[...sets, 'version = version + 1', 'updated_at = now()'].join(', ')}
        WHERE id = $1 AND version = $2`,
      params,
    )) as [unknown, number];
    return affected === 1;
  }

  /** Moves the status on (recording who and when); false when `version` is no longer current. */
  async setStatus(
    id: string,
    version: number,
    from: PlanChangeStatus,
    to: PlanChangeStatus,
    by: string,
    m: EntityManager,
  ): Promise<boolean> {
    const [, affected] = (await m.query(
      `UPDATE plan_changes SET status = $3, status_changed_at = now(), status_changed_by = $4,
          agreed_at = CASE WHEN $3 = 'agreed' AND status = 'proposed' THEN now()
                           WHEN $3 = 'proposed' THEN NULL
                           WHEN $3 <> 'dropped' AND agreed_at IS NULL THEN now()
                           ELSE agreed_at END,
          version = version + 1, updated_at = now()
        WHERE id = $1 AND version = $2`,
      [id, version, to, by],
    )) as [unknown, number];
    if (affected !== 1) return false;
    await this.insertStatusChange(id, from, to, by, m);
    return true;
  }

  private async insertStatusChange(
    id: string,
    from: PlanChangeStatus | null,
    to: PlanChangeStatus,
    by: string,
    m: EntityManager,
  ): Promise<void> {
    await m.query(
      `INSERT INTO plan_change_status_changes (change_id, from_status, to_status, changed_by)
       VALUES ($1, $2, $3, $4)`,
      [id, from, to, by],
    );
  }

  /** An open change (proposed, agreed, in progress) of the protocol other than `exceptId`. */
  async openChangeOf(
    protocolId: string,
    exceptId: string | null,
    m: EntityManager = this.db.manager,
  ): Promise<{ id: string; title: string } | undefined> {
    const [row] = (await m.query(
      `SELECT id, title FROM plan_changes WHERE protocol_id = $1 AND id IS DISTINCT FROM $2
          AND status IN ('proposed', 'agreed', 'in-progress') LIMIT 1`,
      [protocolId, exceptId],
    )) as Array<{ id: string; title: string }>;
    return row;
  }

  /** Per council (not archived): changes by status, and overdue ones (due before `today`, open). */
  async networkCounts(
    today: string,
    m: EntityManager = this.db.manager,
  ): Promise<NetworkPlanRow[]> {
    const rows = (await m.query(
      `SELECT co.id, co.name,
              count(c.id) FILTER (WHERE c.status = 'proposed')::int AS proposed,
              count(c.id) FILTER (WHERE c.status = 'agreed')::int AS agreed,
              count(c.id) FILTER (WHERE c.status = 'in-progress')::int AS in_progress,
              count(c.id) FILTER (WHERE c.status = 'done')::int AS done,
              count(c.id) FILTER (WHERE c.status = 'dropped')::int AS dropped,
              count(c.id) FILTER (WHERE c.due_date < $1::date
                AND c.status IN ('proposed', 'agreed', 'in-progress'))::int AS overdue,
              count(c.id)::int AS total
         FROM councils co LEFT JOIN plan_changes c ON c.council_id = co.id
        WHERE co.archived_at IS NULL
        GROUP BY co.id, co.name ORDER BY lower(co.name)`,
      [today],
    )) as Array<{
      id: string;
      name: string;
      proposed: number;
      agreed: number;
      in_progress: number;
      done: number;
      dropped: number;
      overdue: number;
      total: number;
    }>;
    return rows.map((r) => ({
      councilId: r.id,
      councilName: r.name,
      proposed: r.proposed,
      agreed: r.agreed,
      inProgress: r.in_progress,
      done: r.done,
      dropped: r.dropped,
      overdue: r.overdue,
      total: r.total,
    }));
  }
}
