import {
  BenchmarkCouncil,
  Benchmarks,
  DistributionView,
  PrincipleBenchmark,
  TrendBenchmarkPoint,
  WhoMadeItWork,
  WhoMadeItWorkEntry,
} from '@rcp/api-contract';

/**
 * Test data for the benchmarks feature, e.g. `aCouncil({ isYou: true, index: 39.9 })`. By default
 * an anonymous council, as the API gives one: whole points, no provisional flag, no date.
 */
export function aCouncil(overrides: Partial<BenchmarkCouncil> = {}): BenchmarkCouncil {
  return {
    councilId: null,
    label: 'Council A',
    named: false,
    isYou: false,
    index: 10,
    rank: 1,
    provisional: null,
    periodEnd: null,
    type: null,
    region: null,
    populationBand: null,
    ...overrides,
  };
}

export function aDistribution(overrides: Partial<DistributionView> = {}): DistributionView {
  return { count: 12, min: -24.8, q1: -5.1, median: 2.4, q3: 12.3, max: 39.9, ...overrides };
}

export function aPrinciple(overrides: Partial<PrincipleBenchmark> = {}): PrincipleBenchmark {
  return {
    key: 'mutual-trust',
    title: 'Mutual trust and reliability',
    distribution: aDistribution(),
    yours: null,
    position: null,
    ...overrides,
  };
}

export function aTrendPoint(overrides: Partial<TrendBenchmarkPoint> = {}): TrendBenchmarkPoint {
  return {
    periodEnd: '2025-12-31',
    label: 'H2 2025',
    councils: 12,
    median: 2.4,
    q1: -5.1,
    q3: 12.3,
    suppressed: false,
    ...overrides,
  };
}

/** Twelve councils ranked by index, the caller's own (Northfield) first, as a lead sees them. */
export function twelveCouncils(): BenchmarkCouncil[] {
  const indexes = [39.9, 20, 15, 12, 8, 4, 1, -2, -5, -9, -16, -25];
  return indexes.map((index, i) =>
    i === 0
      ? aCouncil({
          label: 'Northfield Borough Council',
          councilId: 'council-1',
          named: true,
          isYou: true,
          index,
          rank: 1,
          provisional: false,
          periodEnd: '2025-12-31',
          type: 'metropolitan-borough',
          region: 'North West',
          populationBand: '300k-500k',
        })
      : aCouncil({ label: `Council ${String.fromCharCode(64 + i)}`, index, rank: i + 1 }),
  );
}

export function aBenchmarks(overrides: Partial<Benchmarks> = {}): Benchmarks {
  const councils = overrides.councils ?? twelveCouncils();
  return {
    asAt: null,
    comparisonGroup: { type: null, region: null, populationBand: null },
    displayGroup: { type: null, region: null, populationBand: null },
    minimumGroupSize: 5,
    nearBand: 5,
    groupSize: councils.length,
    suppressedReason: null,
    distribution: aDistribution(),
    councils,
    you: councils.find((c) => c.isYou) ?? null,
    principles: [aPrinciple()],
    trend: [aTrendPoint()],
    ...overrides,
  };
}

export function anEntry(overrides: Partial<WhoMadeItWorkEntry> = {}): WhoMadeItWorkEntry {
  return {
    councilName: 'Northfield Borough Council',
    councilId: 'council-1',
    protocolName: 'Named worker for every family',
    category: 'continuity',
    score: 62.5,
    periodEnd: '2025-12-31',
    evidence: ['Families keep one worker from first contact to closure.'],
    ...overrides,
  };
}

export function aWhoMadeItWork(overrides: Partial<WhoMadeItWork> = {}): WhoMadeItWork {
  return {
    category: 'continuity',
    libraryKey: null,
    entries: [anEntry()],
    anonymousCount: 0,
    ...overrides,
  };
}
