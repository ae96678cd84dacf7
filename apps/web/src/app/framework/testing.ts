import { FrameworkItem, FrameworkVersion, FrameworkVersionSummary } from '@rcp/api-contract';

/** A principle for tests. */
export function aPrinciple(key: string, overrides: Partial<FrameworkItem> = {}): FrameworkItem {
  return {
    layer: 'principle',
    key,
    title: key.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
    description: `What ${key} means.`,
    weight: 1,
    contexts: ['relational', 'transactional', 'mixed'],
    relational: false,
    principleKeys: [],
    sortOrder: 1,
    ...overrides,
  };
}

/** A behaviour (or, with `layer`, a competency) for tests. */
export function aBehaviour(key: string, overrides: Partial<FrameworkItem> = {}): FrameworkItem {
  return {
    layer: 'behaviour',
    key,
    title: key.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase()),
    description: `What ${key} looks like.`,
    weight: null,
    contexts: null,
    relational: null,
    principleKeys: ['mutual-trust'],
    sortOrder: 1,
    ...overrides,
  };
}

/** A framework version for tests: by default draft version 2 at revision 4. */
export function aVersion(overrides: Partial<FrameworkVersion> = {}): FrameworkVersion {
  return {
    number: 2,
    status: 'draft',
    name: 'Relationship-Centred Practice framework',
    publishedAt: null,
    createdAt: '2026-03-01T09:00:00.000Z',
    notes: '',
    releaseNotes: '',
    revision: 4,
    definition: 'Relationship-Centred Practice puts relationships first.',
    layers: [],
    items: [
      aPrinciple('relationships-first', { relational: true, weight: 1.5, sortOrder: 1 }),
      aPrinciple('mutual-trust', { sortOrder: 2 }),
      aBehaviour('listening-first'),
      aBehaviour('knowing-the-person', { layer: 'competency', principleKeys: [] }),
    ],
    ratingScale: [],
    categories: [],
    qualities: [],
    theoryOfChange: [],
    scoring: {
      principles: [
        {
          key: 'relationships-first',
          weight: 1.5,
          contexts: ['relational', 'mixed'],
          relational: true,
        },
        {
          key: 'mutual-trust',
          weight: 1,
          contexts: ['relational', 'transactional', 'mixed'],
          relational: false,
        },
      ],
      thresholds: { enabling: 20, inhibiting: -20, mixedStrength: 2 },
      reachWeights: { low: 1, medium: 3, high: 9 },
      provisionalCoverageBelow: 0.8,
      mismatchThreshold: -20,
    },
    ...overrides,
  };
}

/** The summary of a version, as the versions list gives it. */
export function aSummary(version: FrameworkVersion): FrameworkVersionSummary {
  const { number, status, name, publishedAt, createdAt, notes, releaseNotes, revision } = version;
  return { number, status, name, publishedAt, createdAt, notes, releaseNotes, revision };
}
