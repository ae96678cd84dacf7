import type { PlanProjectionChange } from '@rcp/api-contract';
import {
  NO_CONTRIBUTION,
  type ChangeContribution,
  type PlanChangeInput,
  type PlannedChangeProjection,
} from '@rcp/scoring';
import type { PlanChangeRow } from '../plan-changes.repository';

/**
 * The API's side of the plan projection: its rules (selection, what-if changes, figures,
 * contributions) live once in `@rcp/scoring` (`plan-projection.ts`), shared with the web app;
 * here a stored change row becomes the library's input and a projected change the contract's line.
 */

/** A plan change row as the scoring library's projection input. */
export function changeToProject(r: PlanChangeRow): PlanChangeInput {
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    protocolId: r.protocol_id,
    newProtocol: r.new_protocol,
    targetRatings: r.target_ratings,
  };
}

/** A row to project with `projectPlanChanges`: the library's input, its title and the row. */
export interface ProjectableChange extends PlanChangeInput {
  readonly title: string;
  readonly row: PlanChangeRow;
}

export function projectableChange(r: PlanChangeRow): ProjectableChange {
  return { ...changeToProject(r), title: r.title, row: r };
}

/** The contract's line for a listed change. */
export function projectionLine(
  r: PlanChangeRow,
  selected: boolean,
  skippedReason: string | null,
  contribution: ChangeContribution = NO_CONTRIBUTION,
): PlanProjectionChange {
  return {
    changeId: r.id,
    title: r.title,
    kind: r.kind,
    status: r.status,
    protocolId: r.protocol_id,
    protocolName: r.p_name ?? r.new_protocol?.name ?? '',
    selected,
    skippedReason,
    contribution: contribution.contribution,
    scoreBefore: contribution.scoreBefore,
    scoreAfter: contribution.scoreAfter,
    classBefore: contribution.classBefore,
    classAfter: contribution.classAfter,
    mismatchBefore: contribution.mismatchBefore,
    mismatchAfter: contribution.mismatchAfter,
  };
}

/** The contract's line for a change the library projected. */
export function projectedLine(p: PlannedChangeProjection<ProjectableChange>): PlanProjectionChange {
  return projectionLine(p.change.row, p.selected, p.skippedReason, p);
}
