import { ErrorList, describe, isFiniteNumber, isPlainObject } from './errors';
import { type PrincipleWeighting, type ScoringConfig, type ValidationError } from './types';
import { CONTEXT_NEEDS, type ContextNeed, type Reach, REACHES } from '@rcp/vocabulary';

/** Bounds on principle and reach weights: positive, and within a ratio no framework needs to exceed. */
export const MIN_WEIGHT = 0.001;
export const MAX_WEIGHT = 1000;

/** A principle key: lower-case letters and digits, words joined by single hyphens or underscores. */
export const PRINCIPLE_KEY_PATTERN = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const MAX_KEY_LENGTH = 64;

/**
 * Default scoring parameters for a new framework version (everything but the principles, which
 * are framework content). A framework version stores its own copy, so published numbers never
 * change when these defaults do.
 */
export const DEFAULT_SCORING_PARAMETERS: Omit<ScoringConfig, 'principles'> = Object.freeze({
  thresholds: Object.freeze({
    enabling: 20,
    inhibiting: -20,
    mixedStrength: 2,
  }),
  reachWeights: Object.freeze({ low: 1, medium: 3, high: 9 }),
  provisionalCoverageBelow: 0.8,
  mismatchThreshold: -20,
});

/** Scores within this distance of a threshold count as on it (absorbs floating-point noise). */
export const SCORE_EPSILON = 1e-9;

/** A validated config flattened into arrays for fast scoring. Internal to the library. */
export interface CompiledConfig {
  readonly source: ScoringConfig;
  readonly keys: readonly string[];
  readonly keyIndex: ReadonlyMap<string, number>;
  readonly weights: Float64Array;
  readonly relational: Uint8Array;
  /** Indexes of the applicable principles, per context need. */
  readonly applicable: Readonly<Record<ContextNeed, Int32Array>>;
  readonly enabling: number;
  readonly inhibiting: number;
  readonly mixedStrength: number;
  readonly reachWeights: Readonly<Record<Reach, number>>;
  readonly provisionalCoverageBelow: number;
  readonly mismatchThreshold: number;
}

export function isContextNeed(value: unknown): value is ContextNeed {
  return value === 'relational' || value === 'transactional' || value === 'mixed';
}

function checkWeight(errors: ErrorList, path: string, value: unknown): void {
  if (!isFiniteNumber(value)) {
    errors.add(path, `must be a finite number, got ${describe(value)}`);
  } else if (value <= 0) {
    errors.add(path, `must be greater than 0, got ${value}`);
  } else if (value < MIN_WEIGHT || value > MAX_WEIGHT) {
    errors.add(path, `must be between ${MIN_WEIGHT} and ${MAX_WEIGHT}, got ${value}`);
  }
}

function checkPrinciple(errors: ErrorList, path: string, p: unknown, seen: Set<string>): void {
  if (!isPlainObject(p)) {
    errors.add(path, `must be an object, got ${describe(p)}`);
    return;
  }
  const key = p['key'];
  if (typeof key !== 'string' || !PRINCIPLE_KEY_PATTERN.test(key)) {
    errors.add(
      `${path}.key`,
      `must be lower-case letters and digits joined by - or _, got ${describe(key)}`,
    );
  } else if (key.length > MAX_KEY_LENGTH) {
    errors.add(`${path}.key`, `must be at most ${MAX_KEY_LENGTH} characters`);
  } else if (key in Object.prototype) {
    errors.add(`${path}.key`, `"${key}" is reserved; choose another key`);
  } else if (seen.has(key)) {
    errors.add(`${path}.key`, `duplicate principle key "${key}"`);
  } else {
    seen.add(key);
  }
  checkWeight(errors, `${path}.weight`, p['weight']);
  const contexts = p['contexts'];
  if (!Array.isArray(contexts) || contexts.length === 0) {
    errors.add(`${path}.contexts`, `must be a non-empty list of ${CONTEXT_NEEDS.join(', ')}`);
  } else {
    const seenContexts = new Set<unknown>();
    contexts.forEach((c: unknown, j) => {
      if (!isContextNeed(c)) {
        errors.add(
          `${path}.contexts[${j}]`,
          `must be one of ${CONTEXT_NEEDS.join(', ')}, got ${describe(c)}`,
        );
      } else if (seenContexts.has(c)) {
        errors.add(`${path}.contexts[${j}]`, `duplicate context "${c}"`);
      }
      seenContexts.add(c);
    });
  }
  if (typeof p['relational'] !== 'boolean') {
    errors.add(`${path}.relational`, `must be true or false, got ${describe(p['relational'])}`);
  }
}

function checkThresholds(errors: ErrorList, p: string, t: unknown): void {
  if (!isPlainObject(t)) {
    errors.add(`${p}thresholds`, `must be an object, got ${describe(t)}`);
    return;
  }
  const enabling = t['enabling'];
  const inhibiting = t['inhibiting'];
  if (!isFiniteNumber(enabling) || enabling <= 0 || enabling > 100) {
    errors.add(
      `${p}thresholds.enabling`,
      `must be a number above 0 and at most 100, got ${describe(enabling)}`,
    );
  }
  if (!isFiniteNumber(inhibiting) || inhibiting >= 0 || inhibiting < -100) {
    errors.add(
      `${p}thresholds.inhibiting`,
      `must be a number below 0 and at least −100, got ${describe(inhibiting)}`,
    );
  }
  const strength = t['mixedStrength'];
  if (strength !== 1 && strength !== 2) {
    errors.add(`${p}thresholds.mixedStrength`, `must be 1 or 2, got ${describe(strength)}`);
  }
}

function checkReachWeights(errors: ErrorList, p: string, r: unknown): void {
  if (!isPlainObject(r)) {
    errors.add(`${p}reachWeights`, `must be an object, got ${describe(r)}`);
    return;
  }
  for (const reach of REACHES) {
    checkWeight(errors, `${p}reachWeights.${reach}`, r[reach]);
  }
  const { low, medium, high } = r as Record<Reach, unknown>;
  if (
    isFiniteNumber(low) &&
    isFiniteNumber(medium) &&
    isFiniteNumber(high) &&
    !(low <= medium && medium <= high)
  ) {
    errors.add(`${p}reachWeights`, 'must satisfy low ≤ medium ≤ high');
  }
}

/**
 * Checks a config. `p` prefixes every path: '' for validateConfig, 'config.' when a config is
 * checked together with protocols.
 */
function collectConfigErrors(errors: ErrorList, config: unknown, p: string): void {
  const before = errors.count;
  if (!isPlainObject(config)) {
    errors.add(p.slice(0, -1), `the scoring config must be an object, got ${describe(config)}`);
    return;
  }
  const principles = config['principles'];
  if (!Array.isArray(principles) || principles.length === 0) {
    errors.add(`${p}principles`, 'must be a non-empty list');
  } else {
    const seen = new Set<string>();
    principles.forEach((principle: unknown, i) =>
      checkPrinciple(errors, `${p}principles[${i}]`, principle, seen),
    );
    if (errors.count === before) {
      for (const need of CONTEXT_NEEDS) {
        if (
          !(principles as PrincipleWeighting[]).some((principle) =>
            principle.contexts.includes(need),
          )
        ) {
          errors.add(
            `${p}principles`,
            `no principle applies to ${need} contexts; at least one must`,
          );
        }
      }
    }
  }
  checkThresholds(errors, p, config['thresholds']);
  checkReachWeights(errors, p, config['reachWeights']);
  const below = config['provisionalCoverageBelow'];
  if (!isFiniteNumber(below) || below < 0 || below > 1) {
    errors.add(
      `${p}provisionalCoverageBelow`,
      `must be a share between 0 and 1, got ${describe(below)}`,
    );
  }
  const mismatch = config['mismatchThreshold'];
  if (!isFiniteNumber(mismatch) || mismatch < -100 || mismatch > 0) {
    errors.add(
      `${p}mismatchThreshold`,
      `must be a number between −100 and 0, got ${describe(mismatch)}`,
    );
  }
}

/** Every problem with a scoring config; an empty list means it is valid. */
export function validateConfig(config: unknown): ValidationError[] {
  const errors = new ErrorList();
  collectConfigErrors(errors, config, '');
  return errors.result();
}

/**
 * Validates and flattens a config, adding any errors to `errors` (paths prefixed `config.`).
 * Returns null when the config is invalid.
 */
export function compileConfig(errors: ErrorList, config: ScoringConfig): CompiledConfig | null {
  const before = errors.count;
  collectConfigErrors(errors, config, 'config.');
  if (errors.count !== before) return null;
  const n = config.principles.length;
  const keys: string[] = [];
  const keyIndex = new Map<string, number>();
  const weights = new Float64Array(n);
  const relational = new Uint8Array(n);
  const perContext: Record<ContextNeed, number[]> = {
    relational: [],
    transactional: [],
    mixed: [],
  };
  config.principles.forEach((p, i) => {
    keys.push(p.key);
    keyIndex.set(p.key, i);
    weights[i] = p.weight;
    relational[i] = p.relational ? 1 : 0;
    for (const c of p.contexts) perContext[c].push(i);
  });
  return {
    source: config,
    keys,
    keyIndex,
    weights,
    relational,
    applicable: {
      relational: Int32Array.from(perContext.relational),
      transactional: Int32Array.from(perContext.transactional),
      mixed: Int32Array.from(perContext.mixed),
    },
    enabling: config.thresholds.enabling,
    inhibiting: config.thresholds.inhibiting,
    mixedStrength: config.thresholds.mixedStrength,
    reachWeights: { ...config.reachWeights },
    provisionalCoverageBelow: config.provisionalCoverageBelow,
    mismatchThreshold: config.mismatchThreshold,
  };
}

/**
 * The principles that apply to a context need, in framework order. Ratings against any other
 * principle are ignored for a protocol with that need.
 */
export function applicablePrinciples(
  config: ScoringConfig,
  contextNeed: ContextNeed,
): PrincipleWeighting[] {
  const errors = new ErrorList();
  collectConfigErrors(errors, config, 'config.');
  if (!isContextNeed(contextNeed)) {
    errors.add(
      'contextNeed',
      `must be one of ${CONTEXT_NEEDS.join(', ')}, got ${describe(contextNeed)}`,
    );
  }
  errors.throwIfAny();
  return config.principles.filter((p) => p.contexts.includes(contextNeed));
}
