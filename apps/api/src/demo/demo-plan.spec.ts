import type { AuditProtocol, AuditRating, FrameworkScoring } from '@rcp/api-contract';
import { COUNCIL_TYPES } from '@rcp/vocabulary';
import { DEMO_COUNCILS } from '@rcp/content';
import { scoreAudit } from '@rcp/scoring';
import { protocolInputs } from '../audits/audit-scoring';
import { defaultFrameworkV1 } from '../frameworks/default-framework';
import { assessChange } from '../plans/model/achievement';
import { PlannedChange } from './demo-change-plan';
import { DEMO_DEFAULTS, PlannedAudit, PlannedCouncil, planCouncil } from './demo-plan';

const plans = DEMO_COUNCILS.map((_, i) => planCouncil(i, DEMO_DEFAULTS));

function defaultScoring(): FrameworkScoring {
  const { version, items } = defaultFrameworkV1();
  return {
    ...version.scoringParameters,
    principles: items
      .filter((i) => i.layer === 'principle')
      .map((i) => ({
        key: i.key,
        weight: i.weight ?? 1,
        contexts: i.contexts ?? [],
        relational: i.relational ?? false,
      })),
  };
}

/** The scores the API would store for a planned audit (leadership view). */
function summaryOf(council: PlannedCouncil, audit: PlannedAudit) {
  const protocols: AuditProtocol[] = council.protocols
    .filter((p) => audit.protocolKeys.includes(p.template.key))
    .map(({ template: t }) => ({
      id: t.key,
      name: t.name,
      category: t.category,
      type: t.type,
      serviceArea: t.serviceArea,
      scope: t.scope,
      contextNeed: t.contextNeed,
      reach: t.reach,
    }));
  const ratings = audit.ratings.map(
    (r) =>
      ({
        protocolId: r.protocolKey,
        principleKey: r.principleKey,
        perspective: r.perspective,
        value: r.value,
      }) as AuditRating,
  );
  return scoreAudit(defaultScoring(), protocolInputs(protocols, ratings, 'leadership'));
}

const indexOf = (council: PlannedCouncil, audit: PlannedAudit) =>
  summaryOf(council, audit).index as number;
const submitted = (council: PlannedCouncil) =>
  council.audits.filter((a) => a.status === 'submitted');

describe('the demo network plan', () => {
  it('is deterministic: the same seed gives the same network, another seed a different one', () => {
    expect(planCouncil(3, DEMO_DEFAULTS)).toEqual(plans[3]);
    expect(planCouncil(3, { ...DEMO_DEFAULTS, seed: 7 })).not.toEqual(plans[3]);
  });

  it('gives every named council, of every type, a register of 30 to 50 protocols', () => {
    expect(new Set(plans.map((p) => p.type))).toEqual(new Set(COUNCIL_TYPES));
    for (const council of plans) {
      const keys = council.protocols.map((p) => p.template.key);
      const size = keys.length;
      expect({ council: council.slug, size, inRange: size >= 30 && size <= 50 }).toEqual({
        council: council.slug,
        size,
        inRange: true,
      });
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it('plans six submitted half-yearly audits over three years, and one draft for Northfield', () => {
    for (const council of plans) {
      const submitted = council.audits.filter((a) => a.status === 'submitted');
      expect(submitted.map((a) => a.periodEnd)).toEqual([
        '2023-12-31',
        '2024-06-30',
        '2024-12-31',
        '2025-06-30',
        '2025-12-31',
        '2026-06-30',
      ]);
      const drafts = council.audits.filter((a) => a.status === 'draft');
      expect(drafts).toHaveLength(council.slug === 'northfield' ? 1 : 0);
    }
    const draft = plans[0].audits.at(-1) as PlannedAudit;
    // An audit's period cannot end in the future: the draft covers the half-year so far.
    expect(draft).toMatchObject({
      status: 'draft',
      carriedForward: true,
      periodStart: '2026-07-01',
      periodEnd: '2026-11-30',
      label: 'H2 2026 so far (July to November)',
    });
    expect(draft.ratings.length).toBeGreaterThan(0);
  });

  it('rates only protocols in the register at the time, with evidence for every ±2', () => {
    const stray: string[] = [];
    const unevidenced: string[] = [];
    for (const council of plans) {
      for (const audit of council.audits) {
        const present = new Set(audit.protocolKeys);
        for (const r of audit.ratings) {
          const where = `${council.slug} ${audit.label} ${r.protocolKey}/${r.principleKey}`;
          if (!present.has(r.protocolKey)) stray.push(where);
          if ((r.value === 2 || r.value === -2) && !r.evidence?.trim()) unevidenced.push(where);
        }
      }
    }
    expect(stray).toEqual([]);
    expect(unevidenced).toEqual([]);
  });

  it('tells each council’s story in its index: strong rises, slips, flat lines', () => {
    const moves = plans.map((council) => {
      const submitted = council.audits.filter((a) => a.status === 'submitted');
      return {
        council: council.slug,
        story: council.story,
        change: indexOf(council, submitted[submitted.length - 1]) - indexOf(council, submitted[0]),
      };
    });
    for (const m of moves) {
      const ok =
        m.story === 'improving-strongly'
          ? m.change > 50
          : m.story === 'improving'
            ? m.change > 20
            : m.story === 'flat'
              ? Math.abs(m.change) < 12
              : m.change < -15;
      expect({ ...m, tellsItsStory: ok }).toEqual({ ...m, tellsItsStory: true });
    }
  });

  it('moves flat councils both ways from one audit to the next, not only up', () => {
    const steps = plans
      .filter((c) => c.story === 'flat')
      .flatMap((c) => {
        const indexes = submitted(c).map((a) => indexOf(c, a));
        return indexes.slice(1).map((x, i) => x - indexes[i]);
      });
    expect(steps.some((s) => s > 0)).toBe(true);
    expect(steps.some((s) => s < 0)).toBe(true);
  });

  it('has protocols of every class in the latest audits, not only enabling and inhibiting ones', () => {
    const classes = new Map<string, number>();
    for (const council of plans) {
      const latest = submitted(council).at(-1) as PlannedAudit;
      for (const p of summaryOf(council, latest).protocols)
        classes.set(String(p.class), (classes.get(String(p.class)) ?? 0) + 1);
    }
    const total = [...classes.values()].reduce((a, b) => a + b, 0);
    for (const cls of ['enabling', 'inhibiting', 'mixed', 'neutral'])
      expect({ cls, some: (classes.get(cls) ?? 0) > 0 }).toEqual({ cls, some: true });
    // Still mostly a clear picture: most protocols enable or inhibit.
    expect(
      ((classes.get('enabling') ?? 0) + (classes.get('inhibiting') ?? 0)) / total,
    ).toBeGreaterThan(0.6);
  });

  it('has some audits with perspectives that disagree, and some with low coverage', () => {
    const withPerspectives = plans
      .flatMap((c) => c.audits)
      .filter((a) => a.perspectives.length > 1);
    expect(withPerspectives.length).toBeGreaterThan(0);
    const disagreeing = withPerspectives.filter((a) => {
      const byCell = new Map<string, Set<number | null>>();
      for (const r of a.ratings) {
        const cell = `${r.protocolKey}/${r.principleKey}`;
        byCell.set(cell, (byCell.get(cell) ?? new Set()).add(r.value));
      }
      return [...byCell.values()].some((values) => values.size > 1);
    });
    expect(disagreeing.length).toBe(withPerspectives.length);

    const partlyRated = plans.flatMap((c) =>
      c.audits.filter(
        (a) => new Set(a.ratings.map((r) => r.protocolKey)).size < a.protocolKeys.length,
      ),
    );
    expect(partlyRated.length).toBeGreaterThan(0);
  });

  describe('change plans', () => {
    const TODAY = '2026-12-06';
    const OPEN = ['proposed', 'agreed', 'in-progress'];
    const status = (c: PlannedChange) => c.statuses[c.statuses.length - 1];
    /** Leadership ratings of a protocol in an audit; null when it is not in the audit. */
    const ratingsIn = (audit: PlannedAudit | undefined, key: string | null) => {
      if (!audit || !key || !audit.protocolKeys.includes(key)) return null;
      return Object.fromEntries(
        audit.ratings
          .filter((r) => r.protocolKey === key && r.perspective === 'leadership')
          .map((r) => [r.principleKey, r.value]),
      );
    };
    /** Outcome as the API computes it: submitted 14 days after the period ends. */
    const outcomeOf = (council: PlannedCouncil, c: PlannedChange) => {
      const audits = submitted(council);
      const agreedOn = c.statusDates[c.statuses.indexOf('agreed') - 1] ?? c.createdOn;
      const submittedOn = (a: PlannedAudit) => {
        const d = new Date(`${a.periodEnd}T12:00:00Z`);
        d.setUTCDate(d.getUTCDate() + 14);
        return d.toISOString().slice(0, 10);
      };
      const baseline = [...audits].reverse().find((a) => submittedOn(a) <= agreedOn);
      const latest = audits[audits.length - 1];
      return assessChange({
        kind: c.kind,
        status: status(c),
        targetRatings: c.targetRatings,
        compared: submittedOn(latest) > agreedOn,
        before: ratingsIn(baseline, c.protocolKey),
        after: ratingsIn(latest, c.protocolKey),
      });
    };

    it('gives every named council a plan, at most one open change per protocol', () => {
      for (const council of plans) {
        expect(council.changes.length).toBeGreaterThanOrEqual(5);
        const open = council.changes.filter((c) => OPEN.includes(status(c)) && c.protocolKey);
        expect(new Set(open.map((c) => c.protocolKey)).size).toBe(open.length);
        for (const c of council.changes) {
          if (c.protocolKey)
            expect(council.protocols.map((p) => p.template.key)).toContain(c.protocolKey);
          expect(c.statusDates).toHaveLength(c.statuses.length - 1);
        }
      }
    });

    it('has done changes that landed, done changes that did not, and retirements', () => {
      const outcomes = plans.flatMap((council) =>
        council.changes.filter((c) => status(c) === 'done').map((c) => outcomeOf(council, c)),
      );
      expect(outcomes.some((o) => o.outcome === 'reached')).toBe(true);
      expect(outcomes.some((o) => o.outcome === 'partly' || o.outcome === 'reached')).toBe(true);
      expect(outcomes.some((o) => o.outcome === 'not' && o.doneButNotMoved)).toBe(true);
      expect(outcomes.some((o) => o.outcome === 'retired')).toBe(true);
      const landed = outcomes.filter((o) => o.outcome === 'reached' || o.outcome === 'partly');
      expect(landed.length).toBeGreaterThan(outcomes.length / 3);
    });

    it('has overdue, dropped and future proposed or agreed changes', () => {
      const all = plans.flatMap((council) => council.changes);
      expect(all.some((c) => OPEN.includes(status(c)) && c.dueDate < TODAY)).toBe(true);
      expect(all.some((c) => status(c) === 'dropped')).toBe(true);
      const future = all.filter((c) => ['proposed', 'agreed'].includes(status(c)));
      expect(future.length).toBeGreaterThan(plans.length);
      expect(future.every((c) => c.dueDate > TODAY)).toBe(true);
      expect(all.some((c) => c.kind === 'introduce')).toBe(true);
    });
  });
});

describe('a benchmark network with a set number of protocols per council', () => {
  const big = [0, 1, 2, 3, 20].map((i) =>
    planCouncil(i, { ...DEMO_DEFAULTS, auditsPerCouncil: 3, protocolsPerCouncil: 80 }),
  );

  it('gives every council that many protocols, with distinct keys and names, all rated', () => {
    for (const council of big) {
      const keys = council.protocols.map((p) => p.template.key);
      const names = council.protocols.map((p) => p.template.name.toLowerCase());
      expect([council.slug, keys.length, new Set(keys).size, new Set(names).size]).toEqual([
        council.slug,
        80,
        80,
        80,
      ]);
      const first = council.audits[0];
      const rated = new Set(first.ratings.map((r) => r.protocolKey));
      expect(rated.size).toBeGreaterThan(first.protocolKeys.length * 0.5);
    }
  });

  it('draws the library rules first, as the demo network does, then local variants of them', () => {
    const demo = planCouncil(1, DEMO_DEFAULTS);
    const keys = big[1].protocols.map((p) => p.template.key);
    expect(keys.slice(0, 3)).toEqual(demo.protocols.slice(0, 3).map((p) => p.template.key));
    expect(keys.filter((k) => k.includes('~')).length).toBeGreaterThan(0);
  });
});
