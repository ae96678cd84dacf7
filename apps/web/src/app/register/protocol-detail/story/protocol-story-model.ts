import type {
  Protocol,
  ProtocolAuditScore,
  ProtocolAuditStory,
  ProtocolRegisterChange,
} from '@rcp/api-contract';
import {
  PERSPECTIVE_LABELS,
  PLAN_CHANGE_KIND_LABELS,
  PLAN_CHANGE_STATUS_LABELS,
  PLAN_PRIORITY_LABELS,
  PROTOCOL_CLASS_LABELS,
  type Perspective,
  type PlanChangeKind,
  type PlanChangeStatus,
  type PlanPriority,
  type RatingValue,
} from '@rcp/vocabulary';
import { roundScore } from '@rcp/scoring';
import type { ChartTable } from '../../../shared/charts/chart-table';
import type { TrendLine } from '../../../shared/charts/trend-chart';
import { formatIndex, MINUS } from '../../../shared/format/index-format';

/** The headline perspective: the council's own assessment, as on the dashboard. */
const HEADLINE: Perspective = 'leadership';

/** "H2 2023 (July to December)" → "H2 2023": the label without its explanation, for the axis. */
export function auditTick(audit: Pick<ProtocolAuditStory, 'label' | 'status'>): string {
  const short = audit.label.replace(/\s*\([^)]*\)\s*$/, '').trim() || audit.label;
  return audit.status === 'draft' ? `${short} (draft)` : short;
}

export function headlineScore(audit: ProtocolAuditStory): ProtocolAuditScore | null {
  return audit.scores.find((s) => s.perspective === HEADLINE) ?? null;
}

/** A rating −2…+2 for display ("+2", "−1", "0"); null is "not applicable". */
export function ratingText(value: RatingValue): string {
  if (value === null) return 'Not applicable';
  if (value > 0) return `+${value}`;
  if (value < 0) return `${MINUS}${Math.abs(value)}`;
  return '0';
}

export function classText(score: ProtocolAuditScore | null): string {
  return PROTOCOL_CLASS_LABELS[score?.class ?? 'unscored'];
}

/** The perspectives any audit scored, in the vocabulary's order. */
function perspectivesOf(audits: readonly ProtocolAuditStory[]): Perspective[] {
  const seen = new Set(audits.flatMap((a) => a.scores.map((s) => s.perspective)));
  return (Object.keys(PERSPECTIVE_LABELS) as Perspective[]).filter((p) => seen.has(p));
}

/** The line: the headline score of each audit that has one (never drawn as zero when missing). */
export function scoreSeries(audits: readonly ProtocolAuditStory[]): TrendLine[] {
  const series = audits.flatMap((a) => {
    const score = headlineScore(a)?.score;
    return score === null || score === undefined
      ? []
      : [{ name: auditTick(a), value: roundScore(score) }];
  });
  return series.length ? [{ name: 'Score', series }] : [];
}

/** The numbers behind the chart: every audit, each perspective's score, class and mismatch. */
export function scoreTable(audits: readonly ProtocolAuditStory[]): ChartTable {
  const perspectives = perspectivesOf(audits);
  const several = perspectives.length > 1;
  const columns: ChartTable['columns'] = [
    { key: 'audit', label: 'Audit' },
    { key: 'periodEnd', label: 'Period ends' },
    { key: 'status', label: 'Status' },
  ];
  for (const p of perspectives) {
    const who = several ? ` (${PERSPECTIVE_LABELS[p].toLowerCase()})` : '';
    columns.push(
      { key: `${p}-score`, label: `Score${who}`, numeric: true },
      { key: `${p}-class`, label: `Class${who}` },
      { key: `${p}-mismatch`, label: `Mismatch${who}` },
    );
  }
  const rows = audits.map((a) => {
    const row: ChartTable['rows'][number] = {
      audit: a.label,
      periodEnd: a.periodEnd,
      status: a.status === 'draft' ? 'Draft (scored live)' : 'Submitted',
    };
    for (const p of perspectives) {
      const s = a.scores.find((x) => x.perspective === p) ?? null;
      row[`${p}-score`] = s?.score === null || s?.score === undefined ? null : roundScore(s.score);
      row[`${p}-class`] = s ? classText(s) : null;
      row[`${p}-mismatch`] = s ? (s.mismatch ? 'Yes' : 'No') : null;
    }
    return row;
  });
  return { columns, rows };
}

/** One sentence on the score over time: where it started and where it is now. */
export function scoreSummary(audits: readonly ProtocolAuditStory[]): string {
  if (audits.length === 0) return 'No audit has covered this protocol yet, so it has no score.';
  const scored = audits.filter((a) => headlineScore(a)?.score != null);
  if (scored.length === 0)
    return 'No audit has scored this protocol yet: none of its principles is rated.';
  const at = (a: ProtocolAuditStory) =>
    `${formatIndex(headlineScore(a)?.score)} in ${auditTick(a)}`;
  const first = scored[0];
  const last = scored[scored.length - 1];
  if (scored.length === 1) return `Its score was ${at(first)}, the only audit with a score.`;
  const delta = roundScore((headlineScore(last)?.score ?? 0) - (headlineScore(first)?.score ?? 0));
  const verb = delta > 0 ? 'rose from' : delta < 0 ? 'fell from' : 'was';
  return `Its score ${verb} ${at(first)}${delta === 0 ? ' and again' : ' to'} ${at(last)}, over ${scored.length} audits.`;
}

export interface MismatchStatus {
  tone: 'warn' | 'ok' | 'none';
  text: string;
}

/** Whether the latest audit found a mismatch, in words. */
export function mismatchStatus(
  protocol: Pick<Protocol, 'contextNeed'>,
  audits: readonly ProtocolAuditStory[],
): MismatchStatus {
  if (protocol.contextNeed === 'transactional') {
    return {
      tone: 'none',
      text: 'Its context need is transactional, so it cannot be a mismatch (a mismatch is a relational or mixed need governed by a protocol that inhibits the relational principles).',
    };
  }
  const latest = [...audits].reverse().find((a) => headlineScore(a)?.score != null);
  if (!latest) return { tone: 'none', text: 'Not known yet: no audit has scored it.' };
  const when = `${auditTick(latest)}${latest.status === 'draft' ? ', so far' : ''}`;
  return headlineScore(latest)?.mismatch
    ? {
        tone: 'warn',
        text: `A mismatch in ${when}: people need a relationship here, and this protocol inhibits the relational principles.`,
      }
    : { tone: 'ok', text: `No mismatch in ${when}.` };
}

const ACTIONS: Record<string, string> = {
  'protocol.created': 'Added to the register',
  'protocol.updated': 'Changed',
  'protocol.retired': 'Retired',
  'protocol.restored': 'Restored',
};

const FIELD_LABELS: Record<string, string> = {
  name: 'name',
  description: 'description',
  category: 'category',
  type: 'type',
  owner: 'owner',
  serviceArea: 'service area',
  scope: 'scope',
  contextNeed: 'context need',
  reach: 'reach',
  basis: 'basis',
  reviewDate: 'review date',
  sourceLinks: 'source links',
};

/** "Changed: owner, reach"; "Retired: Replaced by …". */
export function registerChangeText(change: ProtocolRegisterChange): string {
  const what = ACTIONS[change.action] ?? change.action;
  if (change.changedFields.length > 0) {
    return `${what}: ${change.changedFields.map((f) => FIELD_LABELS[f] ?? f).join(', ')}`;
  }
  return change.reason ? `${what}. Reason: ${change.reason}` : what;
}

export const perspectiveLabel = (p: Perspective): string => PERSPECTIVE_LABELS[p];
export const planKindLabel = (k: PlanChangeKind): string => PLAN_CHANGE_KIND_LABELS[k];
export const planStatusLabel = (s: PlanChangeStatus): string => PLAN_CHANGE_STATUS_LABELS[s];
export const planPriorityLabel = (p: PlanPriority): string => PLAN_PRIORITY_LABELS[p];
