import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

export interface FirstCycleRow {
  has_protocols: boolean;
  has_audit: boolean;
  has_submitted_audit: boolean;
  has_plan_change: boolean;
}

/** Whether a council has done each step of its first cycle: four index-served EXISTS checks. */
@Injectable()
export class GettingStartedQueries {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async firstCycle(councilId: string): Promise<FirstCycleRow> {
    const [row] = (await this.db.query(
      `SELECT EXISTS (SELECT 1 FROM protocols WHERE council_id = $1 AND status = 'active') AS has_protocols,
              EXISTS (SELECT 1 FROM audits WHERE council_id = $1) AS has_audit,
              EXISTS (SELECT 1 FROM audits WHERE council_id = $1 AND status = 'submitted') AS has_submitted_audit,
              EXISTS (SELECT 1 FROM plan_changes WHERE council_id = $1) AS has_plan_change`,
      [councilId],
    )) as FirstCycleRow[];
    return row;
  }
}
