/**
 * Benchmark of the scoring library (libs/scoring): how many ratings it scores per second.
 * Not a test — run it by hand, from the repository root:
 *
 *   npx ts-node --transpile-only -P tsconfig.base.json -O '{"module":"commonjs"}' tools/bench-scoring.ts
 *
 * Options (environment variables): BENCH_PROTOCOLS (default 10000), BENCH_SECONDS (default 3).
 *
 * It builds a synthetic audit of BENCH_PROTOCOLS protocols against a 16-principle framework
 * (most protocols relational, some mixed or transactional; a few N/A and unrated cells), then
 * calls scoreAudit — validation included, exactly as the API and the web app call it — for
 * about BENCH_SECONDS seconds, and reports ratings scored per second. A "rating scored" is one
 * applicable protocol × principle cell with a rating or an explicit N/A. Target: ≥ 5 million/s.
 */
import {
  DEFAULT_SCORING_PARAMETERS,
  projectWhatIf,
  scoreAudit,
  type ProtocolInput,
  type ScoringConfig,
} from '../libs/scoring/src/index';
import type { ContextNeed, RatingValue, Reach } from '../libs/vocabulary/src/index';

const PROTOCOLS = Number(process.env['BENCH_PROTOCOLS'] ?? 10_000);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 3);
const PRINCIPLES = 16;
const TARGET = 5_000_000;

/** Small deterministic PRNG (mulberry32), so every run scores the same audit. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const rand = random(20240601);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)];

const config: ScoringConfig = {
  ...DEFAULT_SCORING_PARAMETERS,
  principles: Array.from({ length: PRINCIPLES }, (_, i) => ({
    key: `principle-${i + 1}`,
    weight: 1 + (i % 3),
    // Half the principles also apply to transactional contexts.
    contexts: (i % 2 === 0
      ? ['relational', 'transactional', 'mixed']
      : ['relational', 'mixed']) as ContextNeed[],
    relational: i % 2 === 1,
  })),
};

const needs: ContextNeed[] = ['relational', 'relational', 'relational', 'mixed', 'transactional'];
const reaches: Reach[] = ['low', 'medium', 'high'];
const values: RatingValue[] = [-2, -1, 0, 1, 2];

const protocols: ProtocolInput[] = Array.from({ length: PROTOCOLS }, (_, p) => {
  const ratings: Record<string, RatingValue | undefined> = {};
  for (const principle of config.principles) {
    const r = rand();
    // 5 % N/A, 3 % not yet rated (absent), the rest a rating.
    if (r < 0.05) ratings[principle.key] = null;
    else if (r >= 0.08) ratings[principle.key] = pick(values);
  }
  return {
    id: `protocol-${p}`,
    category: `Category ${p % 9}`,
    serviceArea: `Service area ${p % 14}`,
    scope: p % 10 === 0 ? 'wider' : 'organisational',
    contextNeed: pick(needs),
    reach: pick(reaches),
    ratings,
  };
});

function measure(
  label: string,
  run: () => number,
): { perSecond: number; calls: number; ms: number } {
  // Warm up so the JIT has optimised the hot loop before timing.
  const warmUntil = performance.now() + 500;
  while (performance.now() < warmUntil) run();
  let calls = 0;
  let ratings = 0;
  const start = performance.now();
  const end = start + SECONDS * 1000;
  let now = start;
  while (now < end) {
    ratings += run();
    calls++;
    now = performance.now();
  }
  const ms = now - start;
  const perSecond = (ratings / ms) * 1000;
  console.log(
    `${label}: ${calls} calls in ${ms.toFixed(0)} ms, ${(ms / calls).toFixed(2)} ms per call, ` +
      `${(perSecond / 1e6).toFixed(2)} million ratings scored per second`,
  );
  return { perSecond, calls, ms };
}

const first = scoreAudit(config, protocols);
const ratingsPerAudit = first.protocols.reduce((n, r) => n + r.rated, 0);
console.log(
  `Audit: ${PROTOCOLS} protocols × ${PRINCIPLES} principles, ${ratingsPerAudit} ratings scored per call ` +
    `(index ${first.index?.toFixed(1)}); Node ${process.version}`,
);

const audit = measure('scoreAudit', () => {
  scoreAudit(config, protocols);
  return ratingsPerAudit;
});

// A what-if scores the audit twice (before and after) and validates the changes.
const changes = protocols.slice(0, 20).map((p) => ({
  kind: 'amend' as const,
  protocolId: p.id,
  ratings: { 'principle-1': 2 as const },
}));
measure('projectWhatIf (20 amendments)', () => {
  projectWhatIf(config, protocols, changes);
  return 2 * ratingsPerAudit;
});

console.log(
  audit.perSecond >= TARGET
    ? `OK: scoreAudit meets the target of ${TARGET / 1e6} million ratings per second.`
    : `BELOW TARGET: scoreAudit scores fewer than ${TARGET / 1e6} million ratings per second.`,
);
