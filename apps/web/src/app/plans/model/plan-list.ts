import { type PlanChangeKind, type PlanChangeStatus, type PlanPriority } from '@rcp/vocabulary';
import type { PlanChange } from '@rcp/api-contract';
import { roundScore } from '@rcp/scoring';

/** The plan list's filters and sort, as the page's controls hold them ('' = any). */
export interface PlanListView {
  readonly status: PlanChangeStatus | 'open' | '';
  readonly kind: PlanChangeKind | '';
  /** An owner's user id, `team:<name>` for a team, `none` for no owner, '' for anyone. */
  readonly owner: string;
  readonly sort: PlanSort;
}

export type PlanSort = 'due' | 'priority' | 'effect';

export const PLAN_SORT_LABELS: Record<PlanSort, string> = {
  due: 'Due date, soonest first',
  priority: 'Priority, highest first',
  effect: 'Effect on the index, largest first',
};

export const DEFAULT_LIST_VIEW: PlanListView = { status: '', kind: '', owner: '', sort: 'due' };

const PRIORITY_ORDER: Record<PlanPriority, number> = { high: 0, medium: 1, low: 2 };

/** The owner filter's value for a change. */
export function ownerKey(change: Pick<PlanChange, 'owner' | 'ownerTeam'>): string {
  if (change.owner) return change.owner.id;
  if (change.ownerTeam) return `team:${change.ownerTeam}`;
  return 'none';
}

/** Who owns a change, in words. */
export function ownerText(change: Pick<PlanChange, 'owner' | 'ownerTeam'>): string {
  const parts = [change.owner?.displayName, change.ownerTeam].filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : 'No owner yet';
}

/** The owners to filter by: every owner of a listed change, by name, once. */
export function ownerOptions(
  changes: readonly PlanChange[],
): Array<{ value: string; label: string }> {
  const options = new Map<string, string>();
  for (const c of changes) {
    const key = ownerKey(c);
    if (key === 'none') continue;
    options.set(key, c.owner ? c.owner.displayName : `${c.ownerTeam} (team)`);
  }
  return [...options]
    .map(([value, label]) => ({ value, label }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

function matches(change: PlanChange, view: PlanListView): boolean {
  if (view.status === 'open') {
    if (change.status === 'done' || change.status === 'dropped') return false;
  } else if (view.status && change.status !== view.status) return false;
  if (view.kind && change.kind !== view.kind) return false;
  if (view.owner) {
    if (view.owner === 'none') return ownerKey(change) === 'none';
    if (change.owner?.id !== view.owner && `team:${change.ownerTeam}` !== view.owner) return false;
  }
  return true;
}

function byDue(a: PlanChange, b: PlanChange): number {
  if (a.dueDate === b.dueDate) return 0;
  if (a.dueDate === null) return 1;
  if (b.dueDate === null) return -1;
  return a.dueDate < b.dueDate ? -1 : 1;
}

/**
 * The changes to list: filtered, then sorted (ties: due date, then title). `effects` holds each
 * change's own contribution to the index (from the projection); unknown effects sort last.
 */
export function planListRows(
  changes: readonly PlanChange[],
  view: PlanListView,
  effects: ReadonlyMap<string, number | null> = new Map(),
): PlanChange[] {
  const effect = (c: PlanChange) => effects.get(c.id) ?? -Infinity;
  const compare = (a: PlanChange, b: PlanChange): number => {
    let d = 0;
    if (view.sort === 'priority') d = PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority];
    else if (view.sort === 'effect') {
      const ea = effect(a);
      const eb = effect(b);
      d = ea === eb ? 0 : eb > ea ? 1 : -1;
    }
    return d || byDue(a, b) || a.title.localeCompare(b.title);
  };
  return changes.filter((c) => matches(c, view)).sort(compare);
}

/** A date (YYYY-MM-DD) as "31 Mar 2027". */
export function formatDueDate(date: string | null): string {
  if (!date) return 'No date';
  const d = new Date(`${date}T00:00:00Z`);
  return d.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A signed index delta with one decimal: "+3.2", "−1.0", "0.0"; "–" when unknown. */
export function formatDelta(delta: number | null): string {
  if (delta === null) return '–';
  const rounded = roundScore(delta);
  if (rounded === 0) return '0.0';
  return `${rounded > 0 ? '+' : '−'}${Math.abs(rounded).toFixed(1)}`;
}

/** A count change with its sign: "+1", "−2", "no change". */
export function formatCountDelta(delta: number): string {
  if (delta === 0) return 'no change';
  return `${delta > 0 ? '+' : '−'}${Math.abs(delta)}`;
}
