import { type PlanChangeStatus } from '@rcp/vocabulary';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PlanNote, PlanStatusChange } from '@rcp/api-contract';
import { DataSource, EntityManager } from 'typeorm';
import { person } from './plan-changes.repository';

/** A note as stored, with its author's name. */
export interface PlanNoteRow {
  id: string;
  text: string;
  created_at: Date;
  created_by: string | null;
  display_name: string | null;
}

/** A status move as recorded, with the name of who made it. */
export interface PlanStatusChangeRow {
  from_status: PlanChangeStatus | null;
  to_status: PlanChangeStatus;
  changed_at: Date;
  changed_by: string | null;
  display_name: string | null;
}

/**
 * The SQL of a planned change's timeline: its notes, and its status history as read back (each
 * history row is written with the status move, by `PlanChangesRepository`).
 */
@Injectable()
export class PlanNotesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async insertNote(id: string, text: string, by: string, m: EntityManager): Promise<string> {
    const [row] = (await m.query(
      `INSERT INTO plan_change_notes (change_id, text, created_by) VALUES ($1, $2, $3) RETURNING id`,
      [id, text, by],
    )) as Array<{ id: string }>;
    return row.id;
  }

  async notesOf(id: string, m: EntityManager = this.db.manager): Promise<PlanNote[]> {
    const rows = (await m.query(
      `SELECT n.id, n.text, n.created_at, n.created_by, u.display_name
         FROM plan_change_notes n LEFT JOIN users u ON u.id = n.created_by
        WHERE n.change_id = $1 ORDER BY n.created_at, n.id`,
      [id],
    )) as PlanNoteRow[];
    return rows.map((r) => ({
      id: r.id,
      text: r.text,
      createdAt: r.created_at.toISOString(),
      author: person(r.created_by, r.display_name),
    }));
  }

  async statusHistoryOf(
    id: string,
    m: EntityManager = this.db.manager,
  ): Promise<PlanStatusChange[]> {
    const rows = (await m.query(
      `SELECT s.from_status, s.to_status, s.changed_at, s.changed_by, u.display_name
         FROM plan_change_status_changes s LEFT JOIN users u ON u.id = s.changed_by
        WHERE s.change_id = $1 ORDER BY s.changed_at, s.id`,
      [id],
    )) as PlanStatusChangeRow[];
    return rows.map((r) => ({
      from: r.from_status,
      to: r.to_status,
      changedAt: r.changed_at.toISOString(),
      changedBy: person(r.changed_by, r.display_name),
    }));
  }
}
