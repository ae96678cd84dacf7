import {
  BreakdownRow,
  CouncilDashboard,
  DashboardAuditRef,
  HeatmapRow,
  Mover,
  PerspectiveGapView,
  PrincipleProfilePoint,
  TrendPoint,
} from '@rcp/api-contract';

/** Test data builders for the dashboard: sensible defaults, override what a test is about. */

export function anAudit(overrides: Partial<DashboardAuditRef> = {}): DashboardAuditRef {
  return {
    id: 'audit-h1-2026',
    label: 'H1 2026 (January to June)',
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    ...overrides,
  };
}

/** Half-yearly audits from H2 2023 on, oldest first. */
export function someAudits(count: number): DashboardAuditRef[] {
  return Array.from({ length: count }, (_, i) => {
    const year = 2023 + Math.floor((i + 1) / 2);
    const half = (i + 1) % 2 === 0 ? 1 : 2;
    return anAudit({
      id: `audit-${i + 1}`,
      label: `H${half} ${year} (${half === 1 ? 'January to June' : 'July to December'})`,
      periodStart: `${year}-${half === 1 ? '01-01' : '07-01'}`,
      periodEnd: `${year}-${half === 1 ? '06-30' : '12-31'}`,
    });
  });
}

export function aTrendPoint(overrides: Partial<TrendPoint> = {}): TrendPoint {
  return {
    ...anAudit(),
    index: 10,
    provisional: false,
    coverage: 1,
    protocolLoad: 30,
    protocolsRetired: null,
    protocolsIntroduced: null,
    ...overrides,
  };
}

export function aProfilePoint(
  overrides: Partial<PrincipleProfilePoint> = {},
): PrincipleProfilePoint {
  return { key: 'continuity', title: 'Continuity', current: 20, previous: 10, ...overrides };
}

export function aHeatmapRow(overrides: Partial<HeatmapRow> = {}): HeatmapRow {
  return {
    protocolId: 'p-1',
    name: 'Home care visit length',
    category: 'Commissioning and contracts',
    serviceArea: 'Adult social care',
    scope: 'organisational',
    contextNeed: 'relational',
    score: -60,
    class: 'inhibiting',
    cells: {},
    ...overrides,
  };
}

export function aBreakdownRow(overrides: Partial<BreakdownRow> = {}): BreakdownRow {
  return {
    key: 'people-and-hr',
    title: 'People and HR',
    enabling: 0,
    mixed: 0,
    neutral: 0,
    inhibiting: 0,
    unscored: 0,
    ...overrides,
  };
}

export function aMover(overrides: Partial<Mover> = {}): Mover {
  return {
    protocolId: 'p-1',
    name: 'Sign-off and decision layers',
    before: -57.142857,
    after: 62.857142,
    delta: 120,
    change: 'ratings-changed',
    retiredReason: null,
    evidence: [],
    changedPrinciples: [],
    ...overrides,
  };
}

export function aGapView(overrides: Partial<PerspectiveGapView> = {}): PerspectiveGapView {
  return {
    perspectives: [
      { perspective: 'leadership', index: 39.92 },
      { perspective: 'frontline', index: 21.93 },
      { perspective: 'residents', index: 25.81 },
    ],
    gap: { high: 'leadership', low: 'frontline', size: 17.995 },
    byPrinciple: [
      {
        key: 'kindness',
        title: 'Kindness and human worth',
        values: { leadership: 38.33, frontline: 17.22, residents: 13.33 },
        gap: 25,
      },
      {
        key: 'mutual-trust',
        title: 'Mutual trust and reliability',
        values: { leadership: 51.67, frontline: 34.44, residents: 34.44 },
        gap: 17.22,
      },
    ],
    ...overrides,
  };
}

export function aDashboard(overrides: Partial<CouncilDashboard> = {}): CouncilDashboard {
  const audits = someAudits(2);
  return {
    council: {
      id: 'council-1',
      name: 'Northfield Borough Council',
      type: 'metropolitan-borough',
      region: 'North West',
      populationBand: '300k-500k',
      sharing: 'named',
    },
    audits,
    selected: audits[1],
    compareTo: audits[0],
    filters: { serviceArea: null, scope: null },
    serviceAreas: ['Adult social care', 'Housing'],
    headline: {
      scope: 'organisational',
      index: 39.92,
      change: 15.84,
      provisional: false,
      coverage: 1,
      classCounts: { enabling: 38, mixed: 0, neutral: 0, inhibiting: 7, unscored: 0 },
      mismatches: 6,
      protocolLoad: 45,
      protocolLoadChange: -1,
      widerIndex: 46.26,
      widerProtocolLoad: 4,
    },
    trend: audits.map((a, i) => aTrendPoint({ ...a, index: i === 0 ? 24.08 : 39.92 })),
    principleProfile: [aProfilePoint()],
    heatmap: {
      principles: [{ key: 'continuity', title: 'Continuity', contexts: ['relational', 'mixed'] }],
      rows: [aHeatmapRow()],
    },
    classBreakdown: { byCategory: [aBreakdownRow()], byServiceArea: [aBreakdownRow()] },
    movers: [aMover()],
    mismatches: [],
    perspectiveGaps: null,
    ...overrides,
  };
}
