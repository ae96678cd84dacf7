import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditStatus, Perspective, ProtocolClass } from '@rcp/vocabulary';
import type { PlanChangeKind, PlanChangeStatus, PlanPriority } from '@rcp/vocabulary';
import { DataSource } from 'typeorm';
import type { Queryable } from '../database/queryable';
import type { AuditCopyFields } from './draft-audits.repository';

/** An audit that covers the protocol, with the register fields it holds of it. */
export interface StoryAuditRow extends AuditCopyFields {
  audit_id: string;
  label: string;
  period_start: string;
  period_end: string;
  status: AuditStatus;
  submitted_at: Date | null;
  framework_number: number;
}

export interface StoryScoreRow {
  audit_id: string;
  perspective: Perspective;
  score: number | null;
  class: ProtocolClass | null;
  mismatch: boolean;
}

export interface StoryRatingRow {
  audit_id: string;
  principle_key: string;
  perspective: Perspective;
  value: number | null;
  evidence_text: string | null;
  evidence_date: string | null;
  evidence_url: string | null;
  carried_forward: boolean;
  rated_at: Date;
  rated_by_name: string | null;
}

export interface StoryEventRow {
  id: string;
  occurred_at: Date;
  action: string;
  actor_name: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface StoryPlanRow {
  id: string;
  kind: PlanChangeKind;
  title: string;
  status: PlanChangeStatus;
  priority: PlanPriority;
  due_date: string | null;
  owner_name: string | null;
  owner_team: string | null;
}

/** How many register changes a story shows (newest first): a protocol edited more is rare. */
export const STORY_EVENT_LIMIT = 200;

/**
 * The reads behind a protocol's page: every audit that covered it, its stored scores, its
 * ratings with who gave them, its register changes from the trail and the changes planned.
 * Each is scoped to the council as well as the protocol, so nothing crosses councils.
 */
@Injectable()
export class ProtocolStoryQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async audits(
    councilId: string,
    protocolId: string,
    m: Queryable = this.db,
  ): Promise<StoryAuditRow[]> {
    return (await m.query(
      `SELECT a.id AS audit_id, a.label, to_char(a.period_start, 'YYYY-MM-DD') AS period_start,
         to_char(a.period_end, 'YYYY-MM-DD') AS period_end, a.status, a.submitted_at, fv.number AS framework_number,
         ap.name, ap.category, ap.type, ap.service_area AS "serviceArea", ap.scope,
         ap.context_need AS "contextNeed", ap.reach
       FROM audit_protocols ap
       JOIN audits a ON a.id = ap.audit_id
       JOIN framework_versions fv ON fv.id = a.framework_version_id
       WHERE ap.protocol_id = $1 AND a.council_id = $2
       ORDER BY a.period_end, a.created_at`,
      [protocolId, councilId],
    )) as StoryAuditRow[];
  }

  async storedScores(
    councilId: string,
    protocolId: string,
    m: Queryable = this.db,
  ): Promise<StoryScoreRow[]> {
    return (await m.query(
      `SELECT s.audit_id, s.perspective, s.score, s.class, s.mismatch
       FROM audit_protocol_scores s JOIN audits a ON a.id = s.audit_id
       WHERE s.protocol_id = $1 AND a.council_id = $2`,
      [protocolId, councilId],
    )) as StoryScoreRow[];
  }

  async ratings(
    councilId: string,
    protocolId: string,
    m: Queryable = this.db,
  ): Promise<StoryRatingRow[]> {
    return (await m.query(
      `SELECT r.audit_id, r.principle_key, r.perspective, r.value, r.evidence_text,
         to_char(r.evidence_date, 'YYYY-MM-DD') AS evidence_date, r.evidence_url, r.carried_forward, r.rated_at,
         u.display_name AS rated_by_name
       FROM ratings r
       JOIN audits a ON a.id = r.audit_id
       LEFT JOIN users u ON u.id = r.rated_by
       WHERE r.protocol_id = $1 AND a.council_id = $2`,
      [protocolId, councilId],
    )) as StoryRatingRow[];
  }

  /** The protocol's own events in the trail (not the bulk import, which names no protocol). */
  async registerEvents(
    councilId: string,
    protocolId: string,
    m: Queryable = this.db,
  ): Promise<StoryEventRow[]> {
    return (await m.query(
      `SELECT e.id, e.occurred_at, e.action, u.display_name AS actor_name, e.before, e.after
       FROM audit_events e LEFT JOIN users u ON u.id = e.actor_user_id
       WHERE e.entity_type = 'protocol' AND e.entity_id = $1 AND e.council_id = $2
       ORDER BY e.occurred_at DESC, e.id DESC
       LIMIT ${STORY_EVENT_LIMIT}`,
      [protocolId, councilId],
    )) as StoryEventRow[];
  }

  async plannedChanges(
    councilId: string,
    protocolId: string,
    m: Queryable = this.db,
  ): Promise<StoryPlanRow[]> {
    return (await m.query(
      `SELECT c.id, c.kind, c.title, c.status, c.priority, to_char(c.due_date, 'YYYY-MM-DD') AS due_date,
         ou.display_name AS owner_name, c.owner_team
       FROM plan_changes c LEFT JOIN users ou ON ou.id = c.owner_user_id
       WHERE c.council_id = $2 AND (c.protocol_id = $1 OR c.result_protocol_id = $1)
       ORDER BY c.created_at DESC, c.id`,
      [protocolId, councilId],
    )) as StoryPlanRow[];
  }
}
