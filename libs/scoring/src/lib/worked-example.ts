import { DEFAULT_SCORING_PARAMETERS } from './config';
import type { ProtocolInput, ScoringConfig, WhatIfChange } from './types';
import type { Perspective } from '@rcp/vocabulary';

/** The inputs of the worked example in docs/scoring.md. */
export interface WorkedExample {
  /** A four-principle framework with the default scoring parameters. */
  readonly config: ScoringConfig;
  /** Protocol names, by id, for display. */
  readonly names: Readonly<Record<string, string>>;
  /** The council's register with the leadership's ratings. */
  readonly protocols: readonly ProtocolInput[];
  /** The same register rated by each perspective. */
  readonly perspectives: Readonly<Partial<Record<Perspective, readonly ProtocolInput[]>>>;
  /** Two planned changes to project. */
  readonly changes: readonly WhatIfChange[];
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

const homeCare: ProtocolInput = {
  id: 'A',
  category: 'Commissioning and contracts',
  serviceArea: 'Adult social care',
  scope: 'organisational',
  contextNeed: 'relational',
  reach: 'high',
  ratings: {
    'relationships-first': -2,
    continuity: -2,
    'mutual-trust': null,
    kindness: -1,
  },
};

const blueBadge: ProtocolInput = {
  id: 'B',
  category: 'Policies and procedures',
  serviceArea: 'Customer services',
  scope: 'organisational',
  contextNeed: 'transactional',
  reach: 'high',
  ratings: { 'mutual-trust': 2, kindness: 1 },
};

const reablement: ProtocolInput = {
  id: 'C',
  category: 'Policies and procedures',
  serviceArea: 'Adult social care',
  scope: 'organisational',
  contextNeed: 'mixed',
  reach: 'medium',
  ratings: {
    'relationships-first': 2,
    continuity: -2,
    'mutual-trust': -1,
  },
};

const inspection: ProtocolInput = {
  id: 'D',
  category: 'Regulation and inspection',
  serviceArea: 'Adult social care',
  scope: 'wider',
  contextNeed: 'relational',
  reach: 'medium',
  ratings: {
    'relationships-first': -1,
    continuity: 0,
    'mutual-trust': -1,
    kindness: 0,
  },
};

const leadership: readonly ProtocolInput[] = [homeCare, blueBadge, reablement, inspection];

const residents: readonly ProtocolInput[] = [
  {
    ...homeCare,
    ratings: {
      'relationships-first': -2,
      continuity: -2,
      'mutual-trust': -2,
      kindness: -1,
    },
  },
  { ...blueBadge, ratings: { 'mutual-trust': 1, kindness: 1 } },
  { ...reablement, ratings: {} },
  { ...inspection, ratings: {} },
];

/**
 * The worked example of docs/scoring.md, computed there by hand. The web app shows it with
 * numbers produced by this library; a unit test checks the two agree.
 */
export const WORKED_EXAMPLE: WorkedExample = deepFreeze({
  config: {
    ...DEFAULT_SCORING_PARAMETERS,
    principles: [
      {
        key: 'relationships-first',
        weight: 2,
        contexts: ['relational', 'mixed'],
        relational: true,
      },
      {
        key: 'continuity',
        weight: 1,
        contexts: ['relational', 'mixed'],
        relational: true,
      },
      {
        key: 'mutual-trust',
        weight: 1,
        contexts: ['relational', 'transactional', 'mixed'],
        relational: false,
      },
      {
        key: 'kindness',
        weight: 1,
        contexts: ['relational', 'transactional', 'mixed'],
        relational: false,
      },
    ],
  },
  names: {
    A: 'Home care commissioned in 15-minute time-and-task slots',
    B: 'Blue Badge renewed automatically for permanent conditions',
    C: 'Reablement: a named worker for a fixed six-week episode',
    D: 'National inspection framework for adult social care',
  },
  protocols: leadership,
  perspectives: { leadership, residents },
  changes: [
    {
      kind: 'amend',
      protocolId: 'A',
      ratings: { 'relationships-first': 1, continuity: 1, kindness: 1 },
    },
    {
      kind: 'replace',
      protocolId: 'C',
      ratings: {
        'relationships-first': 2,
        continuity: 2,
        'mutual-trust': 1,
        kindness: 1,
      },
    },
  ],
});
