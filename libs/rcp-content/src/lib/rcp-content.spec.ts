import {
  DEFAULT_CATEGORY_KEYS,
  DEFAULT_FRAMEWORK_V1,
  DEFAULT_PRINCIPLE_KEYS,
  DEMO_COUNCILS,
  PROTOCOL_LIBRARY,
  SERVICE_AREAS,
  SERVICE_AREAS_BY_COUNCIL_TYPE,
  categoryKeys,
  findProtocolTemplate,
  principleKeys,
  principlesForContext,
  type PrincipleRatings,
} from '../index';
import {
  CONTEXT_NEEDS,
  COUNCIL_TYPES,
  FRAMEWORK_LAYER_KEYS,
  POPULATION_BANDS,
  PROTOCOL_BASES,
  PROTOCOL_TYPES,
  REACHES,
  REGIONS,
} from '@rcp/vocabulary';

const framework = DEFAULT_FRAMEWORK_V1;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;

function expectUniqueKebabKeys(items: { key: string }[]): void {
  const keys = items.map((i) => i.key);
  expect(new Set(keys).size).toBe(keys.length);
  for (const key of keys) {
    expect(key).toMatch(KEBAB);
  }
}

/** Weighted mean of applicable ratings scaled to −100…+100 (as the scoring module documents). */
function score(ratings: PrincipleRatings): number {
  let sum = 0;
  let weights = 0;
  for (const [key, value] of Object.entries(ratings)) {
    if (value === null) continue;
    const weight = framework.principles.find((p) => p.key === key)?.weight ?? 0;
    sum += weight * value;
    weights += weight;
  }
  return weights === 0 ? 0 : (sum / weights / 2) * 100;
}

describe('DEFAULT_FRAMEWORK_V1', () => {
  it('is version 1 with a definition', () => {
    expect(framework.version).toBe(1);
    expect(framework.definition.length).toBeGreaterThan(100);
  });

  it('has the four layers plus the wider environment', () => {
    expect(framework.layers.map((l) => l.key)).toEqual([...FRAMEWORK_LAYER_KEYS]);
  });

  it('has 12–16 principles with unique kebab-case keys', () => {
    expect(framework.principles.length).toBeGreaterThanOrEqual(12);
    expect(framework.principles.length).toBeLessThanOrEqual(16);
    expectUniqueKebabKeys(framework.principles);
    expect(principleKeys()).toEqual([...DEFAULT_PRINCIPLE_KEYS]);
  });

  it('gives every principle a positive weight, contexts, a source and what it merges', () => {
    for (const p of framework.principles) {
      expect(p.weight).toBeGreaterThan(0);
      expect(p.contexts.length).toBeGreaterThan(0);
      expect(new Set(p.contexts).size).toBe(p.contexts.length);
      for (const c of p.contexts) expect(CONTEXT_NEEDS).toContain(c);
      expect(['blog', 'comments', 'merged']).toContain(p.source);
      expect(p.mergedFrom.length).toBeGreaterThan(0);
      expect(p.description.length).toBeGreaterThan(20);
    }
  });

  it('covers every context need with some principles', () => {
    for (const need of CONTEXT_NEEDS) {
      expect(principlesForContext(need).length).toBeGreaterThan(0);
    }
  });

  it('keeps relationship-specific principles out of transactional contexts', () => {
    for (const p of framework.principles.filter((x) => x.relational)) {
      expect(p.contexts).not.toContain('transactional');
      expect(p.contexts).toContain('relational');
    }
  });

  it('links every behaviour and competency to existing principles', () => {
    const keys = new Set(principleKeys());
    for (const list of [framework.behaviours, framework.competencies]) {
      expectUniqueKebabKeys(list);
      for (const item of list) {
        expect(item.principleKeys.length).toBeGreaterThan(0);
        for (const k of item.principleKeys) expect(keys).toContain(k);
      }
    }
    expect(framework.behaviours.length).toBeGreaterThanOrEqual(10);
    expect(framework.behaviours.length).toBeLessThanOrEqual(14);
    expect(framework.competencies.length).toBeGreaterThanOrEqual(8);
    expect(framework.competencies.length).toBeLessThanOrEqual(12);
  });

  it('expresses every principle in at least one behaviour', () => {
    const expressed = new Set(framework.behaviours.flatMap((b) => b.principleKeys));
    for (const k of principleKeys()) expect(expressed).toContain(k);
  });

  it('has a rating scale −2…+2 plus N/A, evidence required for ±2', () => {
    expect(framework.ratingScale.map((r) => r.value)).toEqual([-2, -1, 0, 1, 2, null]);
    for (const r of framework.ratingScale) {
      expect(r.requiresEvidence).toBe(r.value === 2 || r.value === -2);
    }
    expect(framework.ratingScale.map((r) => r.label)).toEqual([
      'Strongly inhibits',
      'Inhibits',
      'No effect',
      'Enables',
      'Strongly enables',
      'Not applicable',
    ]);
  });

  it('has the agreed thresholds', () => {
    expect(framework.thresholds).toEqual({ enabling: 20, inhibiting: -20, mixedSpread: 2 });
  });

  it('has 10–14 categories with unique keys, only wider-environment in wider scope', () => {
    expect(framework.categories.length).toBeGreaterThanOrEqual(10);
    expect(framework.categories.length).toBeLessThanOrEqual(14);
    expectUniqueKebabKeys(framework.categories);
    expect(categoryKeys()).toEqual([...DEFAULT_CATEGORY_KEYS]);
    for (const c of framework.categories) {
      expect(c.scope).toBe(c.key === 'wider-environment' ? 'wider' : 'organisational');
    }
  });

  it('has relationship and transaction qualities from the "When" section', () => {
    const rel = framework.relationshipQualities;
    const tx = framework.transactionQualities;
    expectUniqueKebabKeys(rel);
    expectUniqueKebabKeys(tx);
    expect(rel.map((q) => q.key).sort()).toEqual(
      [
        'empathetic',
        'fair',
        'organic',
        'reciprocal',
        'reliable',
        'trusting',
        'unique',
        'unscripted',
      ].sort(),
    );
    expect(tx.map((q) => q.key).sort()).toEqual(
      ['efficient', 'fair', 'reciprocal', 'reliable', 'standard', 'trusting'].sort(),
    );
    for (const q of rel) expect(['relationship', 'both']).toContain(q.appliesTo);
    for (const q of tx) expect(['transaction', 'both']).toContain(q.appliesTo);
    const keys = new Set(principleKeys());
    for (const q of [...rel, ...tx]) for (const k of q.principleKeys) expect(keys).toContain(k);
  });

  it('has an ordered theory of change whose links resolve', () => {
    const steps = framework.theoryOfChange;
    expectUniqueKebabKeys(steps);
    expect(steps.map((s) => s.order)).toEqual(steps.map((_, i) => i + 1));
    const keys = new Set(steps.map((s) => s.key));
    for (const s of steps) {
      for (const next of s.leadsTo) {
        expect(keys).toContain(next);
        const target = steps.find((t) => t.key === next);
        expect(target?.stage).toBeGreaterThan(s.stage);
      }
      for (const l of s.layerKeys) expect(FRAMEWORK_LAYER_KEYS).toContain(l);
    }
    expect(steps[0].key).toBe('principles');
    expect(keys).toContain('relationships');
  });

  it('is frozen', () => {
    expect(Object.isFrozen(framework)).toBe(true);
    expect(Object.isFrozen(framework.principles[0].contexts)).toBe(true);
  });
});

describe('PROTOCOL_LIBRARY', () => {
  const categories = new Set(categoryKeys());

  it('has at least 40 protocols with unique kebab-case keys', () => {
    expect(PROTOCOL_LIBRARY.length).toBeGreaterThanOrEqual(40);
    expectUniqueKebabKeys(PROTOCOL_LIBRARY);
  });

  it('uses only known categories, types, areas, reach and bases', () => {
    for (const p of PROTOCOL_LIBRARY) {
      expect(categories).toContain(p.category);
      expect(PROTOCOL_TYPES).toContain(p.type);
      expect(SERVICE_AREAS).toContain(p.serviceArea);
      expect(REACHES).toContain(p.reach);
      expect(PROTOCOL_BASES).toContain(p.basis);
      expect(CONTEXT_NEEDS).toContain(p.contextNeed);
      expect(p.scope).toBe(p.category === 'wider-environment' ? 'wider' : 'organisational');
    }
  });

  it('fills every text field', () => {
    for (const p of PROTOCOL_LIBRARY) {
      for (const text of [
        p.name,
        p.description,
        p.inhibitingExemplar,
        p.enablingExemplar,
        p.sourceNote,
      ]) {
        expect(text.trim().length).toBeGreaterThan(5);
      }
    }
  });

  it('rates exactly the principles that apply to the context need, with values in −2…2 or null', () => {
    for (const p of PROTOCOL_LIBRARY) {
      const applicable = principlesForContext(p.contextNeed)
        .map((x) => x.key)
        .sort();
      for (const version of [p.typicalRatings.inhibiting, p.typicalRatings.enabling]) {
        expect({ key: p.key, keys: Object.keys(version).sort() }).toEqual({
          key: p.key,
          keys: applicable,
        });
        for (const value of Object.values(version)) {
          if (value !== null) {
            expect(Number.isInteger(value)).toBe(true);
            expect(value).toBeGreaterThanOrEqual(-2);
            expect(value).toBeLessThanOrEqual(2);
          }
        }
      }
    }
  });

  it('scores every enabling version above its inhibiting version', () => {
    for (const p of PROTOCOL_LIBRARY) {
      expect({
        key: p.key,
        better: score(p.typicalRatings.enabling) > score(p.typicalRatings.inhibiting),
      }).toEqual({
        key: p.key,
        better: true,
      });
    }
  });

  it('classes almost every inhibiting version as inhibiting and every enabling one as enabling', () => {
    const { enabling, inhibiting } = framework.thresholds;
    const inhibitingClassed = PROTOCOL_LIBRARY.filter(
      (p) => score(p.typicalRatings.inhibiting) <= inhibiting,
    );
    expect(inhibitingClassed.length).toBeGreaterThanOrEqual(PROTOCOL_LIBRARY.length - 3);
    for (const p of PROTOCOL_LIBRARY) {
      expect({ key: p.key, enabling: score(p.typicalRatings.enabling) >= enabling }).toEqual({
        key: p.key,
        enabling: true,
      });
    }
  });

  it('includes transactional, relational, mixed and wider-environment protocols', () => {
    for (const need of CONTEXT_NEEDS) {
      expect(PROTOCOL_LIBRARY.some((p) => p.contextNeed === need)).toBe(true);
    }
    expect(PROTOCOL_LIBRARY.filter((p) => p.scope === 'wider').length).toBeGreaterThanOrEqual(3);
    expect(
      PROTOCOL_LIBRARY.filter((p) => p.contextNeed === 'transactional').length,
    ).toBeGreaterThanOrEqual(2);
  });

  it('uses every category', () => {
    const used = new Set(PROTOCOL_LIBRARY.map((p) => p.category));
    for (const c of categoryKeys()) expect(used).toContain(c);
  });

  it('finds a protocol by key', () => {
    expect(findProtocolTemplate('caseload-size')?.name).toBe('Caseload size and weighting');
    expect(findProtocolTemplate('no-such-protocol')).toBeUndefined();
  });
});

describe('DEMO_COUNCILS', () => {
  it('has about 12 councils with unique slugs and names', () => {
    expect(DEMO_COUNCILS.length).toBeGreaterThanOrEqual(10);
    const slugs = DEMO_COUNCILS.map((c) => c.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const s of slugs) expect(s).toMatch(KEBAB);
    expect(new Set(DEMO_COUNCILS.map((c) => c.name)).size).toBe(DEMO_COUNCILS.length);
  });

  it('covers every council type', () => {
    const types = new Set(DEMO_COUNCILS.map((c) => c.type));
    for (const t of COUNCIL_TYPES) expect(types).toContain(t);
  });

  it('includes Northfield Borough Council', () => {
    const northfield = DEMO_COUNCILS.find((c) => c.slug === 'northfield');
    expect(northfield).toMatchObject({
      name: 'Northfield Borough Council',
      type: 'metropolitan-borough',
    });
  });

  it('uses real UK regions and known bands, and every story and sharing choice', () => {
    for (const c of DEMO_COUNCILS) {
      expect(REGIONS).toContain(c.region);
      expect(POPULATION_BANDS).toContain(c.populationBand);
      expect(c.narrative.length).toBeGreaterThan(10);
    }
    const nationOf: Partial<Record<string, string>> = {
      welsh: 'Wales',
      scottish: 'Scotland',
      'northern-irish': 'Northern Ireland',
    };
    for (const c of DEMO_COUNCILS) {
      const nation = nationOf[c.type];
      if (nation) expect(c.region).toBe(nation);
      else expect(['Wales', 'Scotland', 'Northern Ireland']).not.toContain(c.region);
      if (c.type === 'london-borough') expect(c.region).toBe('London');
    }
    expect(new Set(DEMO_COUNCILS.map((c) => c.story)).size).toBe(4);
    expect(new Set(DEMO_COUNCILS.map((c) => c.sharing)).size).toBe(2);
  });

  it('gives every council type some library protocols to audit', () => {
    for (const t of COUNCIL_TYPES) {
      const areas = SERVICE_AREAS_BY_COUNCIL_TYPE[t];
      expect(
        PROTOCOL_LIBRARY.filter((p) => areas.includes(p.serviceArea)).length,
      ).toBeGreaterThanOrEqual(15);
    }
  });
});
