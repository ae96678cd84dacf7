import { aConfig, aPrinciple, aProtocol } from '../testing/builders';
import { scoreAudit } from './audit-summary';
import { DEFAULT_SCORING_PARAMETERS, validateConfig } from './config';
import { MAX_LISTED_ERRORS, ScoringInputError } from './errors';
import { perspectiveGaps } from './perspectives';
import { scoreProtocol } from './protocol-score';
import { isRatingValue, validateProtocols } from './protocol-validation';
import type { ProtocolInput, ScoringConfig, ValidationError } from './types';
import { projectWhatIf } from './what-if';

const config = aConfig();

/** Lets a test pass deliberately malformed input through the types. */
const bad = <T>(value: unknown): T => value as T;

function paths(errors: readonly ValidationError[]): string[] {
  return errors.map((e) => e.path);
}

function errorsThrownBy(run: () => unknown): ValidationError[] {
  try {
    run();
  } catch (e) {
    if (e instanceof ScoringInputError) return [...e.errors];
    throw e;
  }
  throw new Error('expected a ScoringInputError');
}

describe('config validation', () => {
  it('accepts the default parameters with any set of principles covering every context', () => {
    expect(validateConfig(config)).toEqual([]);
  });

  it('rejects zero, negative, NaN, infinite and out-of-range weights', () => {
    const errors = validateConfig(
      aConfig({
        principles: [
          aPrinciple('a', { weight: 0 }),
          aPrinciple('b', { weight: -1 }),
          aPrinciple('c', { weight: NaN }),
          aPrinciple('d', { weight: Infinity }),
          aPrinciple('e', { weight: 5000 }),
          aPrinciple('f', { weight: bad('2') }),
          aPrinciple('g', { weight: 2.5 }),
        ],
      }),
    );
    expect(paths(errors)).toEqual([
      'principles[0].weight',
      'principles[1].weight',
      'principles[2].weight',
      'principles[3].weight',
      'principles[4].weight',
      'principles[5].weight',
    ]);
  });

  it('rejects malformed, duplicate and reserved principle keys', () => {
    const errors = validateConfig(
      aConfig({
        principles: [
          aPrinciple('trust'),
          aPrinciple('trust'),
          aPrinciple('Has Spaces'),
          aPrinciple('constructor'),
          aPrinciple(bad(7)),
        ],
      }),
    );
    expect(paths(errors)).toEqual([
      'principles[1].key',
      'principles[2].key',
      'principles[3].key',
      'principles[4].key',
    ]);
    expect(errors[0].message).toMatch(/duplicate/);
  });

  it('rejects unknown or duplicate contexts and a context no principle applies to', () => {
    expect(
      paths(
        validateConfig(
          aConfig({
            principles: [
              aPrinciple('a', { contexts: bad(['relational', 'emotional']) }),
              aPrinciple('b', { contexts: ['mixed', 'mixed'] }),
              aPrinciple('c', { contexts: [] }),
              aPrinciple('d', { relational: bad('yes') }),
            ],
          }),
        ),
      ),
    ).toEqual([
      'principles[0].contexts[1]',
      'principles[1].contexts[1]',
      'principles[2].contexts',
      'principles[3].relational',
    ]);
    const errors = validateConfig(
      aConfig({ principles: [aPrinciple('a', { contexts: ['relational'] })] }),
    );
    expect(errors.map((e) => e.message)).toEqual([
      'no principle applies to transactional contexts; at least one must',
      'no principle applies to mixed contexts; at least one must',
    ]);
  });

  it('rejects thresholds that do not leave a neutral band around zero', () => {
    const errors = validateConfig(
      aConfig({
        thresholds: { enabling: 0, inhibiting: 10, mixedStrength: bad(3) },
      }),
    );
    expect(paths(errors)).toEqual([
      'thresholds.enabling',
      'thresholds.inhibiting',
      'thresholds.mixedStrength',
    ]);
  });

  it('rejects reach weights that are not positive or not in increasing order', () => {
    expect(
      paths(validateConfig(aConfig({ reachWeights: { low: 0, medium: 3, high: 9 } }))),
    ).toEqual(['reachWeights.low']);
    expect(
      paths(validateConfig(aConfig({ reachWeights: { low: 9, medium: 3, high: 1 } }))),
    ).toEqual(['reachWeights']);
  });

  it('rejects a coverage threshold outside 0…1 and a mismatch threshold outside −100…0', () => {
    expect(
      paths(validateConfig(aConfig({ provisionalCoverageBelow: 80, mismatchThreshold: 20 }))),
    ).toEqual(['provisionalCoverageBelow', 'mismatchThreshold']);
  });

  it('rejects a config that is not an object or has no principles', () => {
    expect(validateConfig(null)).toEqual([
      { path: '', message: 'the scoring config must be an object, got null' },
    ]);
    expect(paths(validateConfig({ ...DEFAULT_SCORING_PARAMETERS, principles: [] }))).toEqual([
      'principles',
    ]);
  });
});

describe('protocol validation', () => {
  it('accepts valid protocols, including N/A and explicitly unrated principles', () => {
    expect(
      validateProtocols(config, [
        aProtocol({ ratings: { listening: 2, trust: null, fairness: undefined } }),
      ]),
    ).toEqual([]);
  });

  it('rejects ratings outside −2…+2, fractions, NaN and text', () => {
    const errors = validateProtocols(config, [
      aProtocol({
        ratings: bad({
          listening: 3,
          continuity: 1.5,
          trust: NaN,
          fairness: '2',
        }),
      }),
    ]);
    expect(paths(errors)).toEqual([
      'protocols[0].ratings.listening',
      'protocols[0].ratings.continuity',
      'protocols[0].ratings.trust',
      'protocols[0].ratings.fairness',
    ]);
    expect(errors[0].message).toBe('must be −2, −1, 0, 1, 2 or null (not applicable), got 3');
  });

  it('rejects ratings of principles the framework version does not have', () => {
    expect(validateProtocols(config, [aProtocol({ ratings: { kindness: 1 } })])).toEqual([
      {
        path: 'protocols[0].ratings.kindness',
        message: 'is not a principle of this framework version',
      },
    ]);
  });

  it('rejects duplicate ids, missing text, unknown scope, context need and reach', () => {
    const errors = validateProtocols(config, [
      aProtocol({ id: 'x' }),
      aProtocol({
        id: 'x',
        category: '  ',
        serviceArea: bad(undefined),
        scope: bad('national'),
        contextNeed: bad('emotional'),
        reach: bad('huge'),
        ratings: bad([]),
      }),
    ]);
    expect(paths(errors)).toEqual([
      'protocols[1].id',
      'protocols[1].category',
      'protocols[1].serviceArea',
      'protocols[1].scope',
      'protocols[1].contextNeed',
      'protocols[1].reach',
      'protocols[1].ratings',
    ]);
  });

  it('rejects a list that is not a list and entries that are not objects', () => {
    expect(paths(validateProtocols(config, bad({})))).toEqual(['protocols']);
    expect(paths(validateProtocols(config, bad([null, 3])))).toEqual([
      'protocols[0]',
      'protocols[1]',
    ]);
  });

  it('reports the config’s errors, prefixed, when the config is invalid', () => {
    const broken: ScoringConfig = aConfig({ mismatchThreshold: NaN });
    expect(paths(validateProtocols(broken, []))).toEqual(['config.mismatchThreshold']);
  });

  it('lists at most a hundred errors and says how many more there are', () => {
    const protocols = Array.from({ length: 60 }, () =>
      aProtocol({ ratings: bad({ listening: 5, trust: 9 }) }),
    );
    const errors = validateProtocols(config, protocols);
    expect(errors).toHaveLength(MAX_LISTED_ERRORS + 1);
    expect(errors[MAX_LISTED_ERRORS].message).toBe('20 further error(s) not listed');
  });

  it('recognises exactly the rating values and N/A', () => {
    expect([-2, -1, 0, 1, 2, null].every(isRatingValue)).toBe(true);
    expect([3, -3, 0.5, NaN, '1', undefined, true].some(isRatingValue)).toBe(false);
  });
});

describe('scoring functions', () => {
  const invalid: ProtocolInput = aProtocol({
    id: 'broken',
    ratings: bad({ listening: 7 }),
  });

  it('throw a ScoringInputError listing every error on invalid input', () => {
    for (const run of [
      () => scoreProtocol(config, invalid),
      () => scoreAudit(config, [invalid]),
      () => perspectiveGaps(config, { frontline: [invalid] }),
      () => projectWhatIf(config, [invalid], []),
    ]) {
      expect(errorsThrownBy(run)).toHaveLength(1);
    }
    expect(errorsThrownBy(() => scoreProtocol(config, invalid))[0].path).toBe(
      'protocol.ratings.listening',
    );
    expect(() => scoreAudit(config, [invalid])).toThrow(/protocols\[0\]\.ratings\.listening/);
  });

  it('throw on an invalid config before looking at the protocols', () => {
    const broken = aConfig({
      principles: [aPrinciple('a', { weight: -1 })],
    });
    expect(paths(errorsThrownBy(() => scoreAudit(broken, [invalid])))).toEqual([
      'config.principles[0].weight',
    ]);
  });

  it('never throw on an empty audit', () => {
    expect(() => scoreAudit(config, [])).not.toThrow();
    expect(() => perspectiveGaps(config, {})).not.toThrow();
    expect(() => projectWhatIf(config, [], [])).not.toThrow();
  });
});
