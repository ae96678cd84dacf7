import { type PlanChangeKind, type PlanChangeStatus, type PlanPriority } from '@rcp/vocabulary';
import type { TargetRatings } from '@rcp/api-contract';
import { PROTOCOL_LIBRARY } from '@rcp/content';

/**
 * A demo council's change plan, consistent with its audit history (pure and deterministic):
 * reforms that landed were planned and are done (the protocol improved in a later audit), a change
 * marked done that did not move the protocol, retirements that happened, overdue work, a dropped
 * idea, and proposed and agreed changes for the year ahead.
 */

export interface PlannedChange {
  kind: PlanChangeKind;
  /** The register protocol (library key) changed; null for introduce. */
  protocolKey: string | null;
  /** For introduce: the library protocol brought in. */
  introduceKey: string | null;
  title: string;
  rationale: string;
  priority: PlanPriority;
  /** Status path from proposed, in order (the last is the current status). */
  statuses: PlanChangeStatus[];
  /** ISO date the change was created (proposed). */
  createdOn: string;
  /** ISO date of every later status change, one per status after the first. */
  statusDates: string[];
  dueDate: string;
  targetRatings: TargetRatings;
  notes: string[];
}

/** What the change planner needs of the council's protocols and audits. */
export interface ChangePlanInput {
  protocols: Array<{
    key: string;
    name: string;
    serviceArea: string;
    introducedAt: number;
    retiredAt: number | null;
    reformAt: number;
    revertAt: number;
    partial: boolean;
  }>;
  /** Period ends of the submitted audits, oldest first. */
  periodEnds: string[];
}

/** Future due dates start after this day (the demo's "today" is 6 December 2026). */
const FUTURE_DUES = ['2027-01-31', '2027-03-31', '2027-06-30', '2027-09-30'];
const OVERDUE_DUES = ['2026-09-30', '2026-10-31', '2026-11-15'];

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function enabling(key: string): TargetRatings {
  const template = PROTOCOL_LIBRARY.find((p) => p.key === key);
  return { ...(template?.typicalRatings.enabling ?? {}) } as TargetRatings;
}

export function planChanges(input: ChangePlanInput, rnd: () => number): PlannedChange[] {
  const ends = input.periodEnds;
  const n = ends.length;
  if (n < 3) return [];
  const changes: PlannedChange[] = [];
  const used = new Set<string>();
  const pick = <T extends { key: string }>(list: T[], count: number): T[] => {
    const out: T[] = [];
    for (const p of list) {
      if (out.length >= count) break;
      if (!used.has(p.key)) {
        used.add(p.key);
        out.push(p);
      }
    }
    return out;
  };
  const active = input.protocols.filter((p) => p.retiredAt === null);
  // Agreed a month after the audit before the reform was submitted; done by the next audit.
  const landed = input.protocols.filter(
    (p) => p.introducedAt === 0 && p.reformAt >= 1 && p.reformAt < n && p.revertAt === Infinity,
  );
  for (const p of pick(landed, 3)) {
    const before = ends[p.reformAt - 1];
    const agreed = addDays(before, 45);
    changes.push({
      kind: 'replace',
      protocolKey: p.key,
      introduceKey: null,
      title: `Rewrite "${p.name}" the enabling way`,
      rationale: 'The last audit rated it as getting in the way of relationships.',
      priority: rnd() < 0.5 ? 'high' : 'medium',
      statuses: ['proposed', 'agreed', 'in-progress', 'done'],
      createdOn: addDays(before, 25),
      statusDates: [agreed, addDays(agreed, 30), addDays(ends[p.reformAt], -30)],
      dueDate: addDays(ends[p.reformAt], -15),
      targetRatings: enabling(p.key),
      notes: p.partial
        ? ['Only part of the new approach is in place so far.']
        : ['Staff briefings done; the new version is in use.'],
    });
  }
  // Marked done, but the protocol never moved in the audits since.
  const stuck = active.filter((p) => p.reformAt === Infinity && p.introducedAt === 0);
  for (const p of pick(stuck, 1)) {
    const agreed = addDays(ends[n - 3], 45);
    changes.push({
      kind: 'amend',
      protocolKey: p.key,
      introduceKey: null,
      title: `Loosen "${p.name}"`,
      rationale: 'Give staff discretion where the rule gets in the way.',
      priority: 'medium',
      statuses: ['proposed', 'agreed', 'in-progress', 'done'],
      createdOn: addDays(ends[n - 3], 20),
      statusDates: [agreed, addDays(agreed, 20), addDays(ends[n - 2], -20)],
      dueDate: addDays(ends[n - 2], -30),
      targetRatings: enabling(p.key),
      notes: ['New guidance issued; practice has not changed yet.'],
    });
  }
  // Retirements that happened.
  const retired = input.protocols.filter(
    (p) => p.retiredAt !== null && (p.retiredAt as number) >= 1,
  );
  for (const p of pick(retired, 1)) {
    const before = ends[(p.retiredAt as number) - 1];
    changes.push({
      kind: 'retire',
      protocolKey: p.key,
      introduceKey: null,
      title: `Stop "${p.name}"`,
      rationale: 'Nobody could find where this rule came from: it was only assumed.',
      priority: 'high',
      statuses: ['proposed', 'agreed', 'done'],
      createdOn: addDays(before, 20),
      statusDates: [addDays(before, 35), addDays(before, 90)],
      dueDate: addDays(before, 120),
      targetRatings: {},
      notes: [],
    });
  }
  // Open work: overdue, in progress for the year ahead, agreed, proposed; and a dropped idea.
  const open = active.filter((p) => p.reformAt === Infinity || p.revertAt !== Infinity);
  const last = ends[n - 1];
  const [overdue, future, agreedNext, proposed, dropped] = [
    pick(open, 1 + Math.floor(rnd() * 2)),
    pick(open, 1),
    pick(open, 1),
    pick(open, 2),
    pick(open, 1),
  ];
  overdue.forEach((p, i) =>
    changes.push({
      kind: 'amend',
      protocolKey: p.key,
      introduceKey: null,
      title: `Amend "${p.name}"`,
      rationale: 'Frontline staff asked for room to use judgement.',
      priority: 'high',
      statuses: ['proposed', 'agreed', 'in-progress'],
      createdOn: addDays(last, 20),
      statusDates: [addDays(last, 40), addDays(last, 60)],
      dueDate: OVERDUE_DUES[i % OVERDUE_DUES.length],
      targetRatings: enabling(p.key),
      notes: ['Waiting for the new system configuration.'],
    }),
  );
  for (const [list, statuses, kind] of [
    [future, ['proposed', 'agreed', 'in-progress'], 'replace'],
    [agreedNext, ['proposed', 'agreed'], 'amend'],
    [proposed, ['proposed'], 'amend'],
    [dropped, ['proposed', 'dropped'], 'retire'],
  ] as const) {
    list.forEach((p, i) =>
      changes.push({
        kind,
        protocolKey: p.key,
        introduceKey: null,
        title: `${kind === 'retire' ? 'Retire' : kind === 'replace' ? 'Replace' : 'Amend'} "${p.name}"`,
        rationale:
          kind === 'retire'
            ? 'Considered stopping it; it turned out to be a statutory duty.'
            : 'Planned after the latest audit.',
        priority: i === 0 ? 'medium' : 'low',
        statuses: [...statuses],
        createdOn: addDays(last, 30 + i * 7),
        statusDates: statuses.slice(1).map((_, j) => addDays(last, 50 + j * 20)),
        dueDate: FUTURE_DUES[(i + changes.length) % FUTURE_DUES.length],
        targetRatings: kind === 'retire' ? {} : enabling(p.key),
        notes: [],
      }),
    );
  }
  // Introduce a library protocol the council does not have yet.
  const have = new Set(input.protocols.map((p) => p.key));
  const areas = new Set(input.protocols.map((p) => p.serviceArea));
  const candidate = PROTOCOL_LIBRARY.find(
    (t) => !have.has(t.key) && areas.has(t.serviceArea) && t.scope === 'organisational',
  );
  if (candidate) {
    changes.push({
      kind: 'introduce',
      protocolKey: null,
      introduceKey: candidate.key,
      title: `Introduce "${candidate.name}"`,
      rationale: candidate.enablingExemplar,
      priority: 'medium',
      statuses: ['proposed'],
      createdOn: addDays(last, 70),
      statusDates: [],
      dueDate: FUTURE_DUES[FUTURE_DUES.length - 1],
      targetRatings: enabling(candidate.key),
      notes: [],
    });
  }
  return changes;
}
