import {
  applicablePrinciples,
  AuditSummary,
  PerspectiveGaps,
  perspectiveGaps,
  ProtocolInput,
  ProtocolRatings,
  ProtocolResult,
  projectWhatIf,
  roundScore,
  scoreAudit,
  ScoringConfig,
  WhatIfProjection,
  WORKED_EXAMPLE,
  WorkedExample,
} from '@rcp/scoring';
import { ProtocolClass, RatingValue } from '@rcp/vocabulary';

/*
 * The worked example of docs/scoring.md, shown with numbers calculated by the scoring library.
 * The library produces every result; this file only lays the inputs out as text and spells out
 * the sums behind each result, so a reader can follow them by hand.
 */

const MINUS = '−';

/** A number as written in the arithmetic: up to four decimals, with a real minus sign. */
export function num(x: number): string {
  const text = Math.abs(x).toLocaleString('en-GB', {
    maximumFractionDigits: 4,
    useGrouping: false,
  });
  return x < 0 && text !== '0' ? `${MINUS}${text}` : text;
}

/** A factor in a product: negative numbers in brackets, "2 × (−2)". */
function factor(x: number): string {
  return x < 0 ? `(${num(x)})` : num(x);
}

/** A score for display (section 13): one decimal, halves away from zero, signed. "+75.0". */
export function score(x: number | null): string {
  if (x === null) return 'no score';
  const r = roundScore(x);
  const text = Math.abs(r).toFixed(1);
  if (r > 0) return `+${text}`;
  if (r < 0) return `${MINUS}${text}`;
  return text;
}

/** A setting such as a threshold, as set: "+20", "−20", "0". */
export function setting(x: number): string {
  if (x > 0) return `+${num(x)}`;
  return num(x);
}

/** A size (a gap) for display: one decimal, no sign. "16.4". */
export function size(x: number | null): string {
  return x === null ? '–' : roundScore(x).toFixed(1);
}

/** A share 0…1 as a percentage for display. "91.7 %". */
export function percent(share: number): string {
  return `${roundScore(share * 100).toFixed(1)} %`;
}

/** A change in a count: "0", "+1", "−1". */
export function countChange(n: number): string {
  if (n > 0) return `+${n}`;
  if (n < 0) return `${MINUS}${Math.abs(n)}`;
  return '0';
}

export function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

/** "relationships-first" → "relationships first". */
export function principleName(key: string): string {
  return key.replace(/[-_]/g, ' ');
}

/** A rating as the document's tables write it. */
export function ratingText(value: RatingValue | undefined, applies: boolean): string {
  if (!applies) return '(does not apply)';
  if (value === undefined) return 'not yet rated';
  if (value === null) return 'N/A';
  return value > 0 ? `+${value}` : num(value);
}

/** The sums behind a weighted mean scaled to −100…+100: 50 × (Σ weight × rating) ÷ (Σ weight). */
export interface WeightedSum {
  /** "2 × (−2) + 1 × (−2) + 1 × (−1)". */
  products: string;
  /** "2 + 1 + 1". */
  weights: string;
  sumProducts: number;
  sumWeights: number;
  /** Why some principles are not in the sums: "mutual trust is N/A". */
  leftOut: string[];
}

/**
 * The sums of a protocol's score (or, with `relationalOnly`, of its relational score) over the
 * principles that apply to its context need and have a rating.
 */
export function protocolSums(
  config: ScoringConfig,
  protocol: ProtocolInput,
  relationalOnly = false,
): WeightedSum {
  const applicable = applicablePrinciples(config, protocol.contextNeed).filter(
    (p) => !relationalOnly || p.relational,
  );
  const products: string[] = [];
  const weights: string[] = [];
  const leftOut: string[] = [];
  let sumProducts = 0;
  let sumWeights = 0;
  for (const p of applicable) {
    const rating = protocol.ratings[p.key];
    if (rating === null) leftOut.push(`${principleName(p.key)} is N/A`);
    else if (rating === undefined) leftOut.push(`${principleName(p.key)} is not yet rated`);
    else {
      products.push(`${num(p.weight)} × ${factor(rating)}`);
      weights.push(num(p.weight));
      sumProducts += p.weight * rating;
      sumWeights += p.weight;
    }
  }
  return {
    products: products.join(' + '),
    weights: weights.join(' + '),
    sumProducts,
    sumWeights,
    leftOut,
  };
}

/** "Relationships first and continuity". */
function andList(words: readonly string[]): string {
  return words.length <= 1
    ? words.join('')
    : `${words.slice(0, -1).join(', ')} and ${words[words.length - 1]}`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What decides which ratings count for a protocol, in sentences: "Transactional need,
 * organisational. Relationships first and continuity do not apply."
 */
export function protocolNote(config: ScoringConfig, protocol: ProtocolInput): string {
  const scope = protocol.scope === 'wider' ? 'wider environment' : 'organisational';
  const sentences = [`${capitalise(protocol.contextNeed)} need, ${scope}.`];
  const missing = notApplying(config, protocol);
  if (missing.length > 0) {
    sentences.push(
      `${capitalise(andList(missing))} ${missing.length === 1 ? 'does' : 'do'} not apply.`,
    );
  }
  for (const reason of protocolSums(config, protocol).leftOut) {
    sentences.push(`${capitalise(reason)}, so it is left out.`);
  }
  return sentences.join(' ');
}

/** The principles that do not apply to a protocol's context need, by name. */
export function notApplying(config: ScoringConfig, protocol: ProtocolInput): string[] {
  const applicable = new Set(applicablePrinciples(config, protocol.contextNeed).map((p) => p.key));
  return config.principles.filter((p) => !applicable.has(p.key)).map((p) => principleName(p.key));
}

/** Why a protocol got its class, in the words of section 5. */
export function classReason(config: ScoringConfig, result: ProtocolResult): string {
  const { enabling, inhibiting, mixedStrength } = config.thresholds;
  const s = score(result.score);
  const between = `${s} is between ${setting(inhibiting)} and ${setting(enabling)}`;
  switch (result.class) {
    case 'enabling':
      return `${s} is at or above ${setting(enabling)} → enabling`;
    case 'inhibiting':
      return `${s} is at or below ${setting(inhibiting)} → inhibiting`;
    case 'mixed':
      return `${between}, and it has a rating of +${mixedStrength} and one of ${MINUS}${mixedStrength} → mixed`;
    case 'neutral':
      return `${between}, without strong ratings of both signs → neutral`;
    default:
      return 'no rating counts → unscored';
  }
}

/** One term of a reach-weighted mean: the reach weight and the value it weighs. */
export interface ReachTerm {
  weight: number;
  value: number;
}

export interface ReachSum {
  products: string;
  weights: string;
  sumProducts: number;
  sumWeights: number;
}

/** Σ reach weight × value and Σ reach weight, written out. */
export function reachSums(terms: readonly ReachTerm[]): ReachSum {
  return {
    products: terms.map((t) => `${num(t.weight)} × ${factor(t.value)}`).join(' + '),
    weights: terms.map((t) => num(t.weight)).join(' + '),
    sumProducts: terms.reduce((sum, t) => sum + t.weight * t.value, 0),
    sumWeights: terms.reduce((sum, t) => sum + t.weight, 0),
  };
}

export interface ResultRow {
  label: string;
  value: string;
}

export interface WorkedExampleView {
  example: WorkedExample;
  summary: AuditSummary;
  gaps: PerspectiveGaps;
  whatIf: WhatIfProjection;
  result(id: string): ProtocolResult;
  residents: AuditSummary | null;
  /** The protocols after the planned changes, with the ratings each change gives them. */
  changed: Array<{ kind: 'amend' | 'replace'; protocol: ProtocolInput; after: ProtocolResult }>;
  /** The document's "results at a glance" table, from the library's numbers. */
  results: ResultRow[];
}

const CHANGE_WORDS: Record<string, string> = {
  amend: 'after amendment',
  replace: 'after replacement',
  retire: 'after retirement',
  introduce: 'after introduction',
};

const CLASS_SHARES: Array<[ProtocolClass | 'unscored', string]> = [
  ['enabling', 'Enabling share'],
  ['inhibiting', 'Inhibiting share'],
  ['mixed', 'Mixed share'],
  ['neutral', 'Neutral share'],
  ['unscored', 'Unscored share'],
];

/** Everything the "How scores are calculated" page shows, calculated by the scoring library. */
export function workedExampleView(example: WorkedExample = WORKED_EXAMPLE): WorkedExampleView {
  const { config, protocols, perspectives, changes } = example;
  const summary = scoreAudit(config, protocols);
  const gaps = perspectiveGaps(config, perspectives);
  const whatIf = projectWhatIf(config, protocols, changes);
  const result = (id: string): ProtocolResult => {
    const r = summary.protocols.find((p) => p.id === id);
    if (!r) throw new Error(`The worked example has no protocol ${id}.`);
    return r;
  };
  const residents = gaps.perspectives.find((p) => p.perspective === 'residents')?.summary ?? null;

  const changed: WorkedExampleView['changed'] = [];
  for (const change of whatIf.changes) {
    const planned = changes.find(
      (c) => (c.kind === 'amend' || c.kind === 'replace') && c.protocolId === change.protocolId,
    );
    const before = protocols.find((p) => p.id === change.protocolId);
    if (!planned || !before || !change.after || planned.kind === 'retire') continue;
    if (planned.kind !== 'amend' && planned.kind !== 'replace') continue;
    const ratings: ProtocolRatings =
      planned.kind === 'amend' ? { ...before.ratings, ...planned.ratings } : planned.ratings;
    changed.push({ kind: planned.kind, protocol: { ...before, ratings }, after: change.after });
  }

  const results: ResultRow[] = [];
  const row = (label: string, value: string) => results.push({ label, value });
  for (const p of summary.protocols) row(`Score of ${p.id}`, score(p.score));
  for (const p of summary.protocols) row(`Class of ${p.id}`, p.class ?? 'unscored');
  for (const p of summary.protocols) {
    if (p.relationalScore !== null) row(`Relational score of ${p.id}`, score(p.relationalScore));
  }
  for (const p of summary.protocols) row(`Mismatch: ${p.id}`, yesNo(p.mismatch));
  row('Council index', score(summary.index));
  row('Wider environment index', score(summary.wider.index));
  row('Coverage', percent(summary.coverage));
  row('Provisional', yesNo(summary.provisional));
  for (const [cls, label] of CLASS_SHARES) row(label, percent(summary.classShares[cls].share));
  row('Mismatch count', String(summary.mismatchCount));
  row('Wider environment mismatch count', String(summary.wider.mismatchCount));
  row('Protocol load', String(summary.protocolLoad));
  for (const p of summary.byPrinciple) {
    row(`Principle index: ${principleName(p.key)}`, score(p.index));
  }
  for (const g of summary.byCategory) row(`Category index: ${g.key}`, score(g.index));
  for (const g of summary.byServiceArea) row(`Service area index: ${g.key}`, score(g.index));
  if (residents) {
    row("Residents' council index", score(residents.index));
    row("Residents' coverage", percent(residents.coverage));
  }
  row('Perspective gap', size(gaps.gap?.size ?? null));
  const largest = [...gaps.byPrinciple]
    .filter((p) => p.gap !== null)
    .sort((a, b) => (b.gap?.size ?? 0) - (a.gap?.size ?? 0))[0];
  if (largest) {
    row(`Largest principle gap: ${principleName(largest.key)}`, size(largest.gap?.size ?? null));
  }
  for (const c of whatIf.changes) {
    if (c.after) row(`Score of ${c.protocolId} ${CHANGE_WORDS[c.kind]}`, score(c.after.score));
  }
  row('Council index after the changes', score(whatIf.after.index));
  row('Projected change in index', score(whatIf.indexDelta));
  row('Projected change in protocol load', countChange(whatIf.protocolLoadDelta));

  return { example, summary, gaps, whatIf, result, residents, changed, results };
}
