import type {
  Audit,
  AuditProtocol,
  AuditRating,
  FrameworkItem,
  FrameworkVersion,
} from '@rcp/api-contract';
import type { Perspective, Rating } from '@rcp/vocabulary';
import { DEFAULT_SCORING_PARAMETERS } from '@rcp/scoring';
import type { RatingEdit } from '../model/autosave';

/** Shared test data builders for the audits pages. */

const PRINCIPLES: Array<Pick<FrameworkItem, 'key' | 'title' | 'contexts' | 'relational'>> = [
  {
    key: 'relationships-first',
    title: 'Relationships first',
    contexts: ['relational', 'mixed'],
    relational: true,
  },
  {
    key: 'continuity',
    title: 'Continuity over time',
    contexts: ['relational', 'mixed'],
    relational: true,
  },
  {
    key: 'mutual-trust',
    title: 'Mutual trust and reliability',
    contexts: ['relational', 'transactional', 'mixed'],
    relational: false,
  },
  {
    key: 'kindness',
    title: 'Kindness and human worth',
    contexts: ['relational', 'transactional', 'mixed'],
    relational: false,
  },
];

export function aFramework(): FrameworkVersion {
  return {
    number: 1,
    status: 'published',
    name: 'Test framework',
    publishedAt: '2026-01-01T00:00:00.000Z',
    createdAt: '2026-01-01T00:00:00.000Z',
    notes: '',
    releaseNotes: '',
    revision: 1,
    definition: '',
    layers: [],
    items: PRINCIPLES.map((p, i) => ({
      layer: 'principle',
      key: p.key,
      title: p.title,
      description: `${p.title} described.`,
      weight: p.key === 'relationships-first' ? 2 : 1,
      contexts: p.contexts,
      relational: p.relational,
      principleKeys: [],
      sortOrder: i,
    })),
    ratingScale: [],
    categories: [
      {
        key: 'contracts',
        title: 'Commissioning and contracts',
        description: '',
        scope: 'organisational',
      },
      {
        key: 'policies',
        title: 'Policies and procedures',
        description: '',
        scope: 'organisational',
      },
    ],
    qualities: [],
    theoryOfChange: [],
    scoring: {
      ...DEFAULT_SCORING_PARAMETERS,
      thresholds: { ...DEFAULT_SCORING_PARAMETERS.thresholds },
      reachWeights: { ...DEFAULT_SCORING_PARAMETERS.reachWeights },
      principles: PRINCIPLES.map((p) => ({
        key: p.key,
        weight: p.key === 'relationships-first' ? 2 : 1,
        contexts: p.contexts ?? [],
        relational: p.relational ?? false,
      })),
    },
  };
}

export function aProtocol(overrides: Partial<AuditProtocol> = {}): AuditProtocol {
  return {
    id: 'p-a',
    name: 'Home care in 15-minute slots',
    category: 'contracts',
    type: 'contract',
    serviceArea: 'Adult social care',
    scope: 'organisational',
    contextNeed: 'relational',
    reach: 'high',
    ...overrides,
  };
}

/** Three protocols: A relational, B transactional (two principles do not apply), C mixed. */
export function threeProtocols(): AuditProtocol[] {
  return [
    aProtocol(),
    aProtocol({
      id: 'p-b',
      name: 'Blue Badge renewals',
      category: 'policies',
      serviceArea: 'Customer services',
      contextNeed: 'transactional',
    }),
    aProtocol({
      id: 'p-c',
      name: 'Reablement episodes',
      category: 'policies',
      contextNeed: 'mixed',
      reach: 'medium',
    }),
  ];
}

export function aRating(overrides: Partial<AuditRating> = {}): AuditRating {
  return {
    protocolId: 'p-a',
    principleKey: 'relationships-first',
    perspective: 'leadership',
    value: 1,
    evidence: null,
    carriedForward: false,
    ratedAt: '2026-02-01T10:00:00.000Z',
    ratedBy: 'user-1',
    ...overrides,
  };
}

export function anAudit(overrides: Partial<Audit> = {}): Audit {
  return {
    id: 'audit-1',
    councilId: 'council-1',
    label: '2026 first half',
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    status: 'draft',
    frameworkVersion: 1,
    perspectives: ['leadership'],
    submittedAt: null,
    headline: {
      index: null,
      provisional: true,
      coverage: 0,
      protocolLoad: 3,
      mismatchCount: 0,
      classCounts: { enabling: 0, mixed: 0, neutral: 0, inhibiting: 0, unscored: 3 },
      widerIndex: null,
      widerProtocolLoad: 0,
      widerMismatchCount: 0,
    },
    version: 1,
    protocols: threeProtocols(),
    ratings: [],
    reopenedReason: null,
    ...overrides,
  };
}

export function anEdit(
  overrides: Partial<RatingEdit> & { value?: Rating | null } = {},
): RatingEdit {
  return {
    protocolId: 'p-a',
    principleKey: 'relationships-first',
    perspective: 'leadership' as Perspective,
    clear: false,
    value: 1,
    ...overrides,
  };
}
