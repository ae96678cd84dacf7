import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditProtocol } from '@rcp/api-contract';
import type {
  CouncilType,
  PopulationBand,
  Region,
  Role,
  SharingChoice,
  ProtocolStatus,
} from '@rcp/vocabulary';
import { DataSource, EntityManager } from 'typeorm';

export interface DemoCouncilRow {
  name: string;
  type: CouncilType;
  region: Region;
  populationBand: PopulationBand;
  sharing: SharingChoice;
  createdAt: Date;
}

export interface DemoUserRow {
  email: string;
  displayName: string;
  role: Role;
  councilId: string;
  passwordHash: string;
}

/** One protocol of a demo council's register, as the bulk insert takes it. */
export interface DemoProtocolRow {
  name: string;
  description: string;
  category: string;
  type: string;
  owner: string;
  serviceArea: string;
  scope: string;
  contextNeed: string;
  reach: string;
  basis: string;
  libraryKey: string;
  status: ProtocolStatus;
  retiredAt: Date | null;
  retiredReason: string | null;
  createdAt: Date;
}

export interface DemoAuditRow {
  councilId: string;
  label: string;
  periodStart: string;
  periodEnd: string;
  frameworkVersionId: string;
  perspectives: string[];
  createdBy: string | null;
  createdAt: Date;
}

/** The cell values of a batch of ratings of one audit. */
export interface DemoRatingRow {
  protocolId: string;
  principleKey: string;
  perspective: string;
  value: number | null;
  evidenceText: string | null;
}

/** What every rating of a batch shares. */
export interface DemoPlanChangeRow {
  id: string;
  councilId: string;
  kind: string;
  protocolId: string | null;
  newProtocol: object | null;
  title: string;
  rationale: string;
  ownerUserId: string | null;
  ownerTeam: string | null;
  dueDate: string;
  priority: string;
  /** Oldest first; the last is the current status. */
  history: Array<{ status: string; at: Date }>;
  agreedAt: Date | null;
  targetRatings: object;
  notes: Array<{ text: string; at: Date }>;
}

export interface DemoRatingBatch {
  auditId: string;
  /** Stored as the evidence date of the ratings that have evidence. */
  evidenceDate: string;
  carriedForward: boolean;
  ratedAt: Date;
  ratedBy: string | null;
}

/**
 * The demo network's bulk loads: whole registers, audits and ratings in a few statements each
 * (the domain modules write one record at a time, with rules the generated data already follows).
 */
@Injectable()
export class DemoRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * Waits for, then holds, the demo seeding lock for the session of `m` (pass a query runner's
   * manager: the lock belongs to that connection until `unlockSeeding`).
   */
  async lockSeeding(m: EntityManager = this.db.manager): Promise<void> {
    await m.query(`SELECT pg_advisory_lock(hashtext('rcp-demo-seed'))`);
  }

  async unlockSeeding(m: EntityManager = this.db.manager): Promise<void> {
    await m.query(`SELECT pg_advisory_unlock(hashtext('rcp-demo-seed'))`);
  }

  async countCouncils(m: EntityManager = this.db.manager): Promise<number> {
    const [{ count }] = (await m.query(`SELECT count(*)::int AS count FROM councils`)) as Array<{
      count: number;
    }>;
    return count;
  }

  /** Active accounts in the demo domains (they share a published password). */
  async countActiveDemoAccounts(m: EntityManager = this.db.manager): Promise<number> {
    const [{ count }] = (await m.query(
      `SELECT count(*)::int AS count FROM users
        WHERE status = 'active' AND (email LIKE '%@demo.example' OR email LIKE '%.demo.example')`,
    )) as Array<{ count: number }>;
    return count;
  }

  /** Refreshes the planner's statistics of every table (bulk loads leave them stale). */
  async analyze(m: EntityManager = this.db.manager): Promise<void> {
    await m.query(`ANALYZE`);
  }

  /** The demo network coordinator, coordinator@demo.example. */
  async insertCoordinator(passwordHash: string, m: EntityManager = this.db.manager): Promise<void> {
    await m.query(
      `INSERT INTO users (email, display_name, role, council_id, password_hash, status)
       VALUES ('coordinator@demo.example', 'Casey Coordinator', 'coordinator', NULL, $1, 'active')`,
      [passwordHash],
    );
  }

  /** Adds a council (at version 1); returns its id. */
  async insertCouncil(
    council: DemoCouncilRow,
    m: EntityManager = this.db.manager,
  ): Promise<string> {
    const [{ id }] = (await m.query(
      `INSERT INTO councils (name, type, region, population_band, sharing, created_at)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        council.name,
        council.type,
        council.region,
        council.populationBand,
        council.sharing,
        council.createdAt,
      ],
    )) as Array<{ id: string }>;
    return id;
  }

  /** Adds an active user; returns their id. */
  async insertUser(user: DemoUserRow, m: EntityManager = this.db.manager): Promise<string> {
    const [{ id }] = (await m.query(
      `INSERT INTO users (email, display_name, role, council_id, password_hash, status)
       VALUES ($1, $2, $3, $4, $5, 'active') RETURNING id`,
      [user.email, user.displayName, user.role, user.councilId, user.passwordHash],
    )) as Array<{ id: string }>;
    return id;
  }

  /**
   * The register's own trail for the demo register: each protocol added (when it was created) and
   * each retired one retired (when, and why), by the council's lead, so a protocol's page has its
   * register changes as a real register would.
   */
  async insertRegisterTrail(
    councilId: string,
    actor: { userId: string; email: string },
    m: EntityManager = this.db.manager,
  ): Promise<void> {
    await m.query(
      `INSERT INTO audit_events (occurred_at, actor_user_id, actor_email, council_id, action, entity_type, entity_id, after)
       SELECT created_at, $2::uuid, $3::text, council_id, 'protocol.created', 'protocol', id::text,
              jsonb_build_object('name', name, 'status', 'active', 'basis', basis)
         FROM protocols WHERE council_id = $1
       UNION ALL
       SELECT retired_at, $2::uuid, $3::text, council_id, 'protocol.retired', 'protocol', id::text,
              jsonb_build_object('name', name, 'status', 'retired', 'retiredReason', retired_reason)
         FROM protocols WHERE council_id = $1 AND status = 'retired'`,
      [councilId, actor.userId, actor.email],
    );
  }

  /** Adds a council's whole register in one statement; returns each protocol's id by library key. */
  async insertProtocols(
    councilId: string,
    protocols: DemoProtocolRow[],
    m: EntityManager = this.db.manager,
  ): Promise<Array<{ id: string; library_key: string }>> {
    return (await m.query(
      `INSERT INTO protocols (council_id, name, description, category, type, owner, service_area, scope, context_need,
         reach, basis, library_key, status, retired_at, retired_reason, created_at, updated_at)
       SELECT $1, x.name, x.description, x.category, x.type, x.owner, x.service_area, x.scope, x.context_need, x.reach,
              x.basis, x.library_key, x.status, x.retired_at, x.retired_reason, x.created_at, coalesce(x.retired_at, x.created_at)
         FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
                     $11::text[], $12::text[], $13::text[], $14::timestamptz[], $15::text[], $16::timestamptz[])
           AS x(name, description, category, type, owner, service_area, scope, context_need, reach, basis, library_key, status,
                retired_at, retired_reason, created_at)
       RETURNING id, library_key`,
      [
        councilId,
        protocols.map((p) => p.name),
        protocols.map((p) => p.description),
        protocols.map((p) => p.category),
        protocols.map((p) => p.type),
        protocols.map((p) => p.owner),
        protocols.map((p) => p.serviceArea),
        protocols.map((p) => p.scope),
        protocols.map((p) => p.contextNeed),
        protocols.map((p) => p.reach),
        protocols.map((p) => p.basis),
        protocols.map((p) => p.libraryKey),
        protocols.map((p) => p.status),
        protocols.map((p) => p.retiredAt),
        protocols.map((p) => p.retiredReason),
        protocols.map((p) => p.createdAt),
      ],
    )) as Array<{ id: string; library_key: string }>;
  }

  async findFrameworkVersionId(
    number: number,
    m: EntityManager = this.db.manager,
  ): Promise<string> {
    const [{ id }] = (await m.query(`SELECT id FROM framework_versions WHERE number = $1`, [
      number,
    ])) as Array<{ id: string }>;
    return id;
  }

  /** Adds an audit (a draft until its summaries are stored); returns its id. */
  async insertAudit(audit: DemoAuditRow, m: EntityManager = this.db.manager): Promise<string> {
    const [{ id }] = (await m.query(
      `INSERT INTO audits (council_id, label, period_start, period_end, framework_version_id, perspectives, created_by, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        audit.councilId,
        audit.label,
        audit.periodStart,
        audit.periodEnd,
        audit.frameworkVersionId,
        audit.perspectives,
        audit.createdBy,
        audit.createdAt,
      ],
    )) as Array<{ id: string }>;
    return id;
  }

  /** Snapshots the protocols an audit covers, in one statement. */
  async insertAuditProtocols(
    auditId: string,
    protocols: AuditProtocol[],
    m: EntityManager = this.db.manager,
  ): Promise<void> {
    await m.query(
      `INSERT INTO audit_protocols (audit_id, protocol_id, name, category, type, service_area, scope, context_need, reach)
       SELECT $1, x.id, x.name, x.category, x.type, x.service_area, x.scope, x.context_need, x.reach
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])
           AS x(id, name, category, type, service_area, scope, context_need, reach)`,
      [
        auditId,
        protocols.map((p) => p.id),
        protocols.map((p) => p.name),
        protocols.map((p) => p.category),
        protocols.map((p) => p.type),
        protocols.map((p) => p.serviceArea),
        protocols.map((p) => p.scope),
        protocols.map((p) => p.contextNeed),
        protocols.map((p) => p.reach),
      ],
    );
  }

  /** Adds a batch of an audit's ratings in one statement. */
  async insertRatings(
    batch: DemoRatingBatch,
    ratings: DemoRatingRow[],
    m: EntityManager = this.db.manager,
  ): Promise<void> {
    await m.query(
      `INSERT INTO ratings (audit_id, protocol_id, principle_key, perspective, value, evidence_text, evidence_date,
         carried_forward, rated_at, rated_by)
       SELECT $1, x.protocol_id, x.principle_key, x.perspective, x.value, x.evidence_text,
              CASE WHEN x.evidence_text IS NULL THEN NULL ELSE $2::date END, $3, $4, $5
         FROM unnest($6::uuid[], $7::text[], $8::text[], $9::smallint[], $10::text[])
           AS x(protocol_id, principle_key, perspective, value, evidence_text)`,
      [
        batch.auditId,
        batch.evidenceDate,
        batch.carriedForward,
        batch.ratedAt,
        batch.ratedBy,
        ratings.map((r) => r.protocolId),
        ratings.map((r) => r.principleKey),
        ratings.map((r) => r.perspective),
        ratings.map((r) => r.value),
        ratings.map((r) => r.evidenceText),
      ],
    );
  }

  /** Adds a council's planned changes, their status histories and notes, in three statements. */
  async insertPlanChanges(
    changes: DemoPlanChangeRow[],
    m: EntityManager = this.db.manager,
  ): Promise<void> {
    if (!changes.length) return;
    await m.query(
      `INSERT INTO plan_changes (id, council_id, kind, protocol_id, new_protocol, title, rationale, owner_user_id,
         owner_team, due_date, priority, status, status_changed_at, status_changed_by, agreed_at, target_ratings,
         created_at, created_by, updated_at)
       SELECT x.id, x.council_id, x.kind, x.protocol_id, x.new_protocol::jsonb, x.title, x.rationale, x.owner,
              x.team, x.due, x.priority, x.status, x.changed_at, x.owner, x.agreed_at, x.targets::jsonb,
              x.created_at, x.owner, x.changed_at
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::text[], $6::text[], $7::text[],
                     $8::uuid[], $9::text[], $10::date[], $11::text[], $12::text[], $13::timestamptz[],
                     $14::timestamptz[], $15::text[], $16::timestamptz[])
           AS x(id, council_id, kind, protocol_id, new_protocol, title, rationale, owner, team, due, priority,
                status, changed_at, agreed_at, targets, created_at)`,
      [
        changes.map((c) => c.id),
        changes.map((c) => c.councilId),
        changes.map((c) => c.kind),
        changes.map((c) => c.protocolId),
        changes.map((c) => (c.newProtocol ? JSON.stringify(c.newProtocol) : null)),
        changes.map((c) => c.title),
        changes.map((c) => c.rationale),
        changes.map((c) => c.ownerUserId),
        changes.map((c) => c.ownerTeam),
        changes.map((c) => c.dueDate),
        changes.map((c) => c.priority),
        changes.map((c) => c.history[c.history.length - 1].status),
        changes.map((c) => c.history[c.history.length - 1].at),
        changes.map((c) => c.agreedAt),
        changes.map((c) => JSON.stringify(c.targetRatings)),
        changes.map((c) => c.history[0].at),
      ],
    );
    const steps = changes.flatMap((c) =>
      c.history.map((h, i) => ({
        id: c.id,
        from: i === 0 ? null : c.history[i - 1].status,
        to: h.status,
        at: h.at,
        by: c.ownerUserId,
      })),
    );
    await m.query(
      `INSERT INTO plan_change_status_changes (change_id, from_status, to_status, changed_at, changed_by)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::timestamptz[], $5::uuid[])`,
      [
        steps.map((s) => s.id),
        steps.map((s) => s.from),
        steps.map((s) => s.to),
        steps.map((s) => s.at),
        steps.map((s) => s.by),
      ],
    );
    const notes = changes.flatMap((c) =>
      c.notes.map((n) => ({ id: c.id, ...n, by: c.ownerUserId })),
    );
    if (notes.length)
      await m.query(
        `INSERT INTO plan_change_notes (change_id, text, created_at, created_by)
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::timestamptz[], $4::uuid[])`,
        [
          notes.map((n) => n.id),
          notes.map((n) => n.text),
          notes.map((n) => n.at),
          notes.map((n) => n.by),
        ],
      );
  }
}
