import type { PlanAchievement, PlanAchievementItem } from '@rcp/api-contract';
import { PLAN_OUTCOME_LABELS } from '@rcp/api-contract';
import { formatIndex } from '../../shared/format/index-format';
import { targetSymbol } from './target-grid';

/** Planned vs achieved in a sentence or two: the table's text summary. */
export function achievementSummary(a: PlanAchievement): string {
  if (a.items.length === 0) {
    return 'No change has been agreed yet, so there is nothing to compare with an audit.';
  }
  const assessed = a.items.length - a.counts.pending;
  if (assessed === 0) {
    return `${a.items.length} agreed ${a.items.length === 1 ? 'change awaits' : 'changes await'} the next submitted audit to show whether ${a.items.length === 1 ? 'it' : 'they'} landed.`;
  }
  const parts = (['reached', 'partly', 'not', 'retired'] as const)
    .filter((k) => a.counts[k] > 0)
    .map((k) => `${PLAN_OUTCOME_LABELS[k].toLowerCase()}: ${a.counts[k]}`);
  const index =
    a.projectedIndex !== null && a.achievedIndex !== null
      ? ` The plan projected an index of ${formatIndex(a.projectedIndex)}; the latest audit recorded ${formatIndex(a.achievedIndex)}.`
      : '';
  const stuck = a.items.filter((i) => i.doneButNotMoved).length;
  const flag = stuck
    ? ` ${stuck} ${stuck === 1 ? 'change is' : 'changes are'} marked done but the protocol did not move.`
    : '';
  return `Of ${assessed} ${assessed === 1 ? 'change' : 'changes'} an audit has assessed: ${parts.join('; ')}.${index}${flag}`;
}

/** A change's targets beside what was recorded, principle by principle, in short. */
export function targetsVsRecorded(item: PlanAchievementItem): string {
  if (item.kind === 'retire') return 'Retire the protocol';
  if (item.principles.length === 0) return '–';
  return item.principles
    .map(
      (p) =>
        `${p.principleKey}: ${targetSymbol(p.target) || '–'} → ${p.recorded === null ? '–' : targetSymbol(p.recorded)}${p.met ? ' ✓' : ''}`,
    )
    .join('; ');
}
