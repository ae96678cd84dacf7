/** Test data builders shared by the specs (not part of the library). */
import { DEFAULT_SCORING_PARAMETERS } from '../lib/config';
import type { PrincipleWeighting, ProtocolInput, ScoringConfig } from '../lib/types';

/** A principle applying to every context unless told otherwise. */
export function aPrinciple(
  key: string,
  overrides: Partial<PrincipleWeighting> = {},
): PrincipleWeighting {
  return {
    key,
    weight: 1,
    contexts: ['relational', 'transactional', 'mixed'],
    relational: false,
    ...overrides,
  };
}

/**
 * Default parameters and four principles:
 * - `listening` (weight 2, relational, mixed; relational),
 * - `continuity` (weight 1, relational, mixed; relational),
 * - `trust` (weight 1, every context),
 * - `fairness` (weight 1, every context).
 */
export function aConfig(overrides: Partial<ScoringConfig> = {}): ScoringConfig {
  return {
    ...DEFAULT_SCORING_PARAMETERS,
    principles: [
      aPrinciple('listening', {
        weight: 2,
        contexts: ['relational', 'mixed'],
        relational: true,
      }),
      aPrinciple('continuity', {
        contexts: ['relational', 'mixed'],
        relational: true,
      }),
      aPrinciple('trust'),
      aPrinciple('fairness'),
    ],
    ...overrides,
  };
}

let nextId = 1;

/** An organisational, relational, medium-reach protocol with no ratings unless told otherwise. */
export function aProtocol(overrides: Partial<ProtocolInput> = {}): ProtocolInput {
  return {
    id: `protocol-${nextId++}`,
    category: 'Policies and procedures',
    serviceArea: 'Adult social care',
    scope: 'organisational',
    contextNeed: 'relational',
    reach: 'medium',
    ratings: {},
    ...overrides,
  };
}
