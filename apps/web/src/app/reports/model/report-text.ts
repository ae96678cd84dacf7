import type {
  DashboardAuditRef,
  DashboardHeadline,
  PlanChange,
  ReportEvidence,
  ReportProtocol,
} from '@rcp/api-contract';
import { PLAN_CHANGE_STATUS_LABELS, PLAN_CHANGE_STATUSES } from '@rcp/vocabulary';
import { ChartTable } from '../../shared/charts/chart-table';
import { formatIndex } from '../../shared/format/index-format';
import {
  capitalise,
  classLabel,
  formatDay,
  formatRating,
  listOf,
  plural,
  shortLabel,
} from '../../dashboard/model/dashboard-text';

const MONTH_YEAR = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "December 2025" from "2025-12-31". */
export function monthYear(isoDate: string): string {
  const d = new Date(`${isoDate.slice(0, 10)}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? isoDate : MONTH_YEAR.format(d);
}

/** Whole points in words: councillors read "6 points", not "6.2". */
function points(n: number): string {
  return plural(n, 'point');
}

/**
 * "up 6 points since December 2025", "down 3 points since …", "no change since …": a change of
 * the index in whole points, dated by the end of the audit compared with. Null without one.
 */
export function changeInWords(
  change: number | null,
  compareTo: DashboardAuditRef | null,
): string | null {
  if (change === null || !compareTo) return null;
  const when = monthYear(compareTo.periodEnd);
  const whole = Math.round(change);
  if (whole === 0) return `no change since ${when}`;
  return `${whole > 0 ? 'up' : 'down'} ${points(Math.abs(whole))} since ${when}`;
}

/** The report's opening sentence on the index: its value and its change in plain words. */
export function headlineSentence(
  headline: Pick<DashboardHeadline, 'index' | 'change' | 'provisional'>,
  audit: DashboardAuditRef,
  compareTo: DashboardAuditRef | null,
): string {
  const period = shortLabel(audit);
  if (headline.index === null) {
    return `There is no council index for ${period}: too little of the register was rated.`;
  }
  const value = formatIndex(headline.index);
  const change = changeInWords(headline.change, compareTo);
  const moved = change
    ? `, ${change} (${shortLabel(compareTo)} audit)`
    : compareTo
      ? ''
      : '. This is the council’s first audit, so there is no change to report yet';
  const provisional = headline.provisional ? ' It is provisional.' : '';
  return `The council index for ${period} is ${value} on a scale from −100 to +100${moved}.${provisional}`;
}

/** "Scores −45 (inhibiting); 20 points higher than in H2 2025 (−65)." */
export function protocolScoreLine(p: ReportProtocol, compareTo: DashboardAuditRef | null): string {
  const now = `Scores ${formatIndex(p.score)} (${classLabel(p.class).toLowerCase()})`;
  if (p.change === null || p.previousScore === null || !compareTo) return `${now}.`;
  const whole = Math.round(p.change);
  const then = `${shortLabel(compareTo)} (${formatIndex(p.previousScore)})`;
  if (whole === 0) return `${now}; about the same as in ${then}.`;
  return `${now}; ${points(Math.abs(whole))} ${whole > 0 ? 'higher' : 'lower'} than in ${then}.`;
}

/** "Rated −2 on Continuity of relationships; evidence dated 3 March 2026." */
export function evidenceLine(e: ReportEvidence): string {
  return groupLine([e]);
}

export interface EvidenceQuote {
  /** "Rated −2 on Fairness and Reciprocity; evidence dated 30 June 2026." */
  line: string;
  text: string;
}

/**
 * The evidence quoted once per text: the same words written for several principles are one
 * quote, its line naming each principle with its rating (in the order first given).
 */
export function evidenceQuotes(evidence: readonly ReportEvidence[]): EvidenceQuote[] {
  const byText = new Map<string, ReportEvidence[]>();
  for (const e of evidence) {
    const key = `${e.text.trim()}\u0000${e.date ?? ''}`;
    byText.set(key, [...(byText.get(key) ?? []), e]);
  }
  return [...byText.values()].map((group) => ({ line: groupLine(group), text: group[0].text }));
}

function groupLine(group: readonly ReportEvidence[]): string {
  const ratings = new Map<string, string[]>();
  for (const e of group) {
    const rating = e.value === null ? 'not applicable' : `rated ${formatRating(e.value)}`;
    ratings.set(rating, [...(ratings.get(rating) ?? []), e.principleTitle]);
  }
  const parts = [...ratings].map(([rating, titles]) => `${rating} on ${listOf(titles)}`);
  const said = capitalise(parts.join(', ').replace(/, rated /g, ', '));
  const date = group[0].date ? `evidence dated ${formatDay(group[0].date)}` : 'evidence not dated';
  return `${said}; ${date}.`;
}

export interface PlanStatusSummary {
  total: number;
  overdue: number;
  /** "9 planned changes: 2 done, 3 in progress and 4 agreed. 1 is overdue." */
  sentence: string;
}

/** The plan's status in one sentence (dropped changes are counted apart). */
export function planStatusSummary(changes: readonly PlanChange[]): PlanStatusSummary {
  const live = changes.filter((c) => c.status !== 'dropped');
  const overdue = live.filter((c) => c.overdue).length;
  if (live.length === 0) {
    return { total: 0, overdue: 0, sentence: 'No changes are planned yet.' };
  }
  const parts = PLAN_CHANGE_STATUSES.filter((s) => s !== 'dropped')
    .map((s) => ({ s, n: live.filter((c) => c.status === s).length }))
    .filter(({ n }) => n > 0)
    .map(({ s, n }) => `${n} ${PLAN_CHANGE_STATUS_LABELS[s].toLowerCase()}`);
  const late =
    overdue === 0
      ? ' None is overdue.'
      : ` ${overdue} ${overdue === 1 ? 'is' : 'are'} overdue (past the due date and not done).`;
  return {
    total: live.length,
    overdue,
    sentence: `${plural(live.length, 'planned change')}: ${listOf(parts)}.${late}`,
  };
}

/** The plan's changes as a table, overdue first, then by due date (undated last). */
export function planTable(changes: readonly PlanChange[]): ChartTable {
  const rows = changes
    .filter((c) => c.status !== 'dropped')
    .sort(
      (a, b) =>
        Number(b.overdue) - Number(a.overdue) ||
        (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') ||
        a.title.localeCompare(b.title),
    )
    .map((c) => ({
      change: c.title,
      protocol: c.protocol?.name ?? c.newProtocol?.name ?? 'A new protocol',
      status: PLAN_CHANGE_STATUS_LABELS[c.status],
      due: c.dueDate ? formatDay(c.dueDate) : 'No date',
      overdue: c.overdue ? 'Overdue' : c.status === 'done' ? 'Done' : 'On time',
    }));
  return {
    columns: [
      { key: 'change', label: 'Planned change' },
      { key: 'protocol', label: 'Protocol' },
      { key: 'status', label: 'Status' },
      { key: 'due', label: 'Due' },
      { key: 'overdue', label: 'On time?' },
    ],
    rows,
  };
}

/** "Northfield Borough Council · H1 2026 (January to June) · 7 December 2026". */
export function runningHeader(council: string, audit: DashboardAuditRef, today: Date): string {
  return `${council} · Council report, ${audit.label} · ${formatDay(today.toISOString())}`;
}

/**
 * The printed pages' running header and page numbers, as CSS page-margin boxes (which Chromium
 * prints on every page without covering the content). The text is quoted as a CSS string.
 */
export function printPageCss(header: string): string {
  const quoted = `"${header
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/[\r\n]+/g, ' ')}"`;
  return `@media print { @page { @top-left { content: ${quoted}; font: 9pt sans-serif; color: #333; } @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 9pt sans-serif; color: #333; } } }`;
}
