import type { PrincipleProfilePoint } from '@rcp/api-contract';
import { DashboardView } from './dashboard-view';

/** A principle's index in one audit: scored again when filtered, as stored otherwise. */
export function principleIndex(v: DashboardView, auditId: string, key: string): number | null {
  const s = v.rescored.get(auditId);
  if (s)
    return (
      (v.filters.scope === 'wider' ? s.wider : s).byPrinciple.find((b) => b.key === key)?.index ??
      null
    );
  return (
    v.principleScores.find((p) => p.audit_id === auditId && p.principle_key === key)?.index_score ??
    null
  );
}

/** Principle profile: now vs the comparison audit. */
export function buildPrincipleProfile(v: DashboardView): PrincipleProfilePoint[] {
  return v.framework.principles.map(({ key, title }) => ({
    key,
    title,
    current: principleIndex(v, v.selected.id, key),
    previous: v.compare ? principleIndex(v, v.compare.id, key) : null,
  }));
}
