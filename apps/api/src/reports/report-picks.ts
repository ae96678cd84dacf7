import type { ReportEvidence, ReportProtocol } from '@rcp/api-contract';
import type { ReportEvidenceRow, ReportProtocolRow } from './reports.queries';

/** The titles of the audit's framework version, by key. */
export interface ReportTitles {
  principles: ReadonlyMap<string, string>;
  categories: ReadonlyMap<string, string>;
}

/** How many protocols each list names, and how much evidence each quotes: a report stays short. */
export const REPORT_LIMITS = { protocols: 5, evidence: 3 } as const;

/** Organisational protocols scoring below zero, worst first (ties by name). */
export function pickHoldingBack(rows: ReportProtocolRow[]): ReportProtocolRow[] {
  return rows
    .filter((r) => r.scope === 'organisational' && r.score !== null && r.score < 0)
    .sort((a, b) => (a.score as number) - (b.score as number) || a.name.localeCompare(b.name))
    .slice(0, REPORT_LIMITS.protocols);
}

/** Organisational protocols whose score rose since the audit before, biggest rise first. */
export function pickImprovements(rows: ReportProtocolRow[]): ReportProtocolRow[] {
  return rows
    .filter(
      (r) =>
        r.scope === 'organisational' &&
        r.score !== null &&
        r.previous_score !== null &&
        r.score > r.previous_score,
    )
    .sort((a, b) => rise(b) - rise(a) || a.name.localeCompare(b.name))
    .slice(0, REPORT_LIMITS.protocols);
}

function rise(r: ReportProtocolRow): number {
  return (r.score as number) - (r.previous_score as number);
}

/**
 * A picked protocol with its evidence: for one holding the council back the most negative
 * ratings' evidence first, for an improvement the most positive first.
 */
export function toReportProtocol(
  row: ReportProtocolRow,
  evidence: ReportEvidenceRow[],
  titles: ReportTitles,
  order: 'worst-first' | 'best-first',
): ReportProtocol {
  const sign = order === 'worst-first' ? 1 : -1;
  const quoted: ReportEvidence[] = evidence
    .filter((e) => e.protocol_id === row.protocol_id)
    .sort((a, b) => sign * ((a.value ?? 0) - (b.value ?? 0)))
    .slice(0, REPORT_LIMITS.evidence)
    .map((e) => ({
      principleKey: e.principle_key,
      principleTitle: titles.principles.get(e.principle_key) ?? e.principle_key,
      value: e.value,
      text: e.evidence_text,
      date: e.evidence_date,
    }));
  return {
    protocolId: row.protocol_id,
    name: row.name,
    category: row.category,
    categoryTitle: titles.categories.get(row.category) ?? row.category,
    serviceArea: row.service_area,
    scope: row.scope,
    score: row.score,
    class: row.class,
    previousScore: row.previous_score,
    change:
      row.score !== null && row.previous_score !== null ? row.score - row.previous_score : null,
    evidence: quoted,
  };
}
