import type { FrameworkItem, FrameworkVersion } from '@rcp/api-contract';
import { DEFAULT_FRAMEWORK_V1 } from '@rcp/content';
import { DEFAULT_SCORING_PARAMETERS } from '@rcp/scoring';

/** The default framework v1 from the content lib, shaped for storage. */
export function defaultFrameworkV1(): {
  version: Omit<
    FrameworkVersion,
    'items' | 'scoring' | 'number' | 'status' | 'publishedAt' | 'createdAt' | 'revision'
  > & {
    scoringParameters: typeof DEFAULT_SCORING_PARAMETERS;
  };
  items: FrameworkItem[];
} {
  const f = DEFAULT_FRAMEWORK_V1;
  const items: FrameworkItem[] = [
    ...f.principles.map((p, i) => ({
      layer: 'principle' as const,
      key: p.key,
      title: p.title,
      description: p.description,
      weight: p.weight,
      contexts: [...p.contexts],
      relational: p.relational,
      principleKeys: [],
      sortOrder: i + 1,
    })),
    ...f.behaviours.map((b, i) => ({
      layer: 'behaviour' as const,
      key: b.key,
      title: b.title,
      description: b.description,
      weight: null,
      contexts: null,
      relational: null,
      principleKeys: [...b.principleKeys],
      sortOrder: i + 1,
    })),
    ...f.competencies.map((c, i) => ({
      layer: 'competency' as const,
      key: c.key,
      title: c.title,
      description: c.description,
      weight: null,
      contexts: null,
      relational: null,
      principleKeys: [...c.principleKeys],
      sortOrder: i + 1,
    })),
  ];
  const qualities = [...f.relationshipQualities, ...f.transactionQualities].filter(
    (q, i, all) => all.findIndex((o) => o.key === q.key) === i,
  );
  return {
    version: {
      name: f.name,
      notes:
        'The default framework, written from the Relationships Project blog post and its readers’ comments.',
      releaseNotes:
        'The first version: underpinning principles, characteristic behaviours, competencies and the scoring settings, from the Relationships Project blog post and its readers’ comments.',
      definition: f.definition,
      layers: f.layers.map((l) => ({ key: l.key, title: l.title, description: l.description })),
      ratingScale: f.ratingScale.map((r) => ({ ...r })),
      categories: f.categories.map((c) => ({
        key: c.key,
        title: c.title,
        description: c.description,
        scope: c.scope,
      })),
      qualities: qualities.map((q) => ({
        key: q.key,
        title: q.title,
        description: q.description,
        appliesTo: q.appliesTo,
      })),
      theoryOfChange: f.theoryOfChange.map((s) => ({
        order: s.order,
        stage: s.stage,
        key: s.key,
        title: s.title,
        text: s.text,
        leadsTo: [...s.leadsTo],
      })),
      scoringParameters: {
        ...DEFAULT_SCORING_PARAMETERS,
        thresholds: {
          enabling: f.thresholds.enabling,
          inhibiting: f.thresholds.inhibiting,
          mixedStrength: f.thresholds.mixedSpread === 1 ? 1 : 2,
        },
      },
    },
    items,
  };
}
