import { type Rating } from '@rcp/vocabulary';
import type {
  PlanAchievementPrinciple,
  PlanChangeKind,
  PlanChangeStatus,
  PlanOutcome,
  TargetRatings,
} from '@rcp/api-contract';
import type { ProtocolRatings } from '@rcp/scoring';

export interface AchievementInput {
  kind: PlanChangeKind;
  status: PlanChangeStatus;
  targetRatings: TargetRatings;
  /** False while no audit was submitted after the change was agreed: the outcome is pending. */
  compared: boolean;
  /** The protocol's leadership ratings in the baseline audit; null when it was not in one. */
  before: ProtocolRatings | null;
  /** Its leadership ratings in the compared audit; null when it is not in that audit. */
  after: ProtocolRatings | null;
}

export interface Assessment {
  outcome: PlanOutcome;
  principles: PlanAchievementPrinciple[];
  doneButNotMoved: boolean;
}

function numeric(value: unknown): Rating | null {
  return typeof value === 'number' ? (value as Rating) : null;
}

/**
 * One principle: `met` when the recorded rating went at least as far as the target from where it
 * was (recorded ≥ target for a target above the baseline, ≤ for one below; recorded ≥ target when
 * there is no baseline rating); `moved` when the recorded rating moved from the baseline in the
 * target's direction (with no baseline rating, moving counts as meeting the target).
 */
export function assessPrinciple(
  principleKey: string,
  target: Rating | null,
  before: Rating | null,
  recorded: Rating | null,
): PlanAchievementPrinciple {
  if (target === null) {
    return { principleKey, before, target, recorded, met: recorded === null, moved: false };
  }
  if (recorded === null)
    return { principleKey, before, target, recorded, met: false, moved: false };
  let met: boolean;
  let moved: boolean;
  if (before === null) {
    met = recorded >= target;
    moved = met;
  } else if (target >= before) {
    met = recorded >= target;
    moved = target > before && recorded > before;
  } else {
    met = recorded <= target;
    moved = recorded < before;
  }
  return { principleKey, before, target, recorded, met, moved };
}

/**
 * Planned vs achieved for one change, read from the leadership ratings of the latest audit
 * submitted after the change was agreed:
 * - `pending`: no such audit yet;
 * - retire: `retired` when the protocol is no longer in that audit, otherwise `not`;
 * - amend, replace, introduce (on numeric targets; N/A targets are shown, not counted):
 *   `reached` when every target is met, `partly` when at least one principle moved toward its
 *   target, `not` when none did (or the protocol is not in the audit).
 * A change marked done whose outcome is `not` is flagged `doneButNotMoved`.
 */
export function assessChange(input: AchievementInput): Assessment {
  if (!input.compared) return { outcome: 'pending', principles: [], doneButNotMoved: false };
  const done = input.status === 'done';
  if (input.kind === 'retire') {
    const outcome: PlanOutcome = input.after === null ? 'retired' : 'not';
    return { outcome, principles: [], doneButNotMoved: done && outcome === 'not' };
  }
  const principles = Object.keys(input.targetRatings)
    .sort()
    .map((key) =>
      assessPrinciple(
        key,
        input.targetRatings[key],
        numeric(input.before?.[key]),
        input.after ? numeric(input.after[key]) : null,
      ),
    );
  const counted = principles.filter((p) => p.target !== null);
  let outcome: PlanOutcome;
  if (input.after === null || counted.length === 0) outcome = 'not';
  else if (counted.every((p) => p.met)) outcome = 'reached';
  else if (counted.some((p) => p.moved)) outcome = 'partly';
  else outcome = 'not';
  return { outcome, principles, doneButNotMoved: done && outcome === 'not' };
}
