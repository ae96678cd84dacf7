import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ProtocolInput, roundScore } from '@rcp/scoring';
import { ProtocolClass, RatingValue } from '@rcp/vocabulary';
import { ChartPanel } from '../../shared/charts/chart-panel';
import { ChartTable } from '../../shared/charts/chart-table';
import { JumpLink } from '../../shared/navigation/jump-link';
import { ProtocolScoresDrawing } from './protocol-scores-drawing';
import {
  classReason,
  countChange,
  num,
  percent,
  principleName,
  protocolNote,
  protocolSums,
  ratingText,
  reachSums,
  score,
  setting,
  size,
  workedExampleView,
  yesNo,
} from './worked-example-view';

/** Bar colours by class: the product's class colours, each at least 3:1 against white. */
const CLASS_COLOURS: Record<ProtocolClass, string> = {
  enabling: '#1d6f42',
  inhibiting: '#b3261e',
  mixed: '#7a4b00',
  neutral: '#4f5b66',
};

const SCOPE_WORDS = { organisational: 'organisational', wider: 'wider environment' } as const;

/**
 * "How scores are calculated": the worked example of docs/scoring.md, step by step, with every
 * number calculated live by the scoring library the service itself uses.
 */
@Component({
  selector: 'rcp-how-scores-page',
  imports: [RouterLink, ChartPanel, JumpLink, ProtocolScoresDrawing],
  templateUrl: './how-scores-page.html',
  styleUrl: './how-scores-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HowScoresPage {
  protected readonly v = workedExampleView();
  protected readonly config = this.v.example.config;
  protected readonly names = this.v.example.names;
  protected readonly principles = this.config.principles.map((p) => ({
    ...p,
    name: principleName(p.key),
  }));
  protected readonly protocols = this.v.example.protocols;
  protected readonly organisational = this.protocols.filter((p) => p.scope === 'organisational');
  protected readonly residentsRatings = this.v.example.perspectives.residents ?? [];

  protected readonly score = score;
  protected readonly setting = setting;
  protected readonly size = size;
  protected readonly percent = percent;
  protected readonly num = num;
  protected readonly yesNo = yesNo;
  protected readonly countChange = countChange;
  protected readonly scopeWords = SCOPE_WORDS;

  /** Step 1: each protocol's sums and the library's score. */
  protected readonly step1 = this.protocols.map((p) => ({
    protocol: p,
    sums: protocolSums(this.config, p),
    note: protocolNote(this.config, p),
    result: this.v.result(p.id),
  }));

  /** Step 2: each protocol's class and why. */
  protected readonly step2 = this.protocols.map((p) => ({
    id: p.id,
    reason: classReason(this.config, this.v.result(p.id)),
  }));

  /** Step 3: relational scores of the relational and mixed needs. */
  protected readonly step3 = this.protocols.map((p) => ({
    protocol: p,
    sums: p.contextNeed === 'transactional' ? null : protocolSums(this.config, p, true),
    result: this.v.result(p.id),
  }));
  protected readonly relationalNames = this.principles
    .filter((p) => p.relational)
    .map((p) => `${p.name} (weight ${num(p.weight)})`)
    .join(' and ');

  /** Step 4: the council index over the organisational protocols' scores. */
  protected readonly step4 = reachSums(
    this.organisational
      .map((p) => ({ p, r: this.v.result(p.id) }))
      .filter(({ r }) => r.score !== null)
      .map(({ p, r }) => ({ weight: this.config.reachWeights[p.reach], value: r.score ?? 0 })),
  );
  protected readonly widerIds = this.protocols
    .filter((p) => p.scope === 'wider')
    .map((p) => p.id)
    .join(', ');

  /** Step 7: each principle's reach-weighted mean rating over the organisational protocols. */
  protected readonly step7 = this.v.summary.byPrinciple.map((b) => {
    const principle = this.config.principles.find((p) => p.key === b.key);
    const counted = this.organisational.filter(
      (p) => principle?.contexts.includes(p.contextNeed) && typeof p.ratings[b.key] === 'number',
    );
    return {
      name: principleName(b.key),
      ids: counted.map((p) => p.id).join(' and '),
      sums: reachSums(
        counted.map((p) => ({
          weight: this.config.reachWeights[p.reach],
          value: p.ratings[b.key] as number,
        })),
      ),
      index: b.index,
    };
  });

  /** Step 9: the residents' scores. */
  protected readonly residentScores = this.residentsRatings.map((p) => ({
    protocol: p,
    sums: protocolSums(this.config, p),
    result: this.v.residents?.protocols.find((r) => r.id === p.id) ?? null,
  }));
  protected readonly residentsIntro = this.describeResidents();
  protected readonly principleGaps = this.v.gaps.byPrinciple.map((g) => ({
    name: principleName(g.key),
    leadership: g.indexes.leadership ?? null,
    residents: g.indexes.residents ?? null,
    gap: g.gap?.size ?? null,
  }));

  /** Step 10: the changed protocols' new scores and the index after. */
  protected readonly step10 = this.v.changed.map((c) => ({
    kind: c.kind,
    protocol: c.protocol,
    targets: this.v.example.changes.find(
      (ch) => (ch.kind === 'amend' || ch.kind === 'replace') && ch.protocolId === c.protocol.id,
    ),
    sums: protocolSums(this.config, c.protocol),
    after: c.after,
  }));
  protected readonly step10Index = reachSums(
    this.v.whatIf.after.protocols
      .filter((r) => r.score !== null)
      .map((r) => ({ r, p: this.protocols.find((p) => p.id === r.id) }))
      .filter(({ p }) => p?.scope === 'organisational')
      .map(({ r, p }) => ({
        weight: p ? this.config.reachWeights[p.reach] : 0,
        value: r.score ?? 0,
      })),
  );

  /** The chart of the protocol scores, and the same numbers as a table. */
  protected readonly chartData = this.v.summary.protocols.map((r) => ({
    name: r.id,
    value: roundScore(r.score ?? 0),
  }));
  protected readonly chartColours = this.v.summary.protocols.map((r) => ({
    name: r.id,
    value: r.class ? CLASS_COLOURS[r.class] : CLASS_COLOURS.neutral,
  }));
  protected readonly chartFallbackColour = CLASS_COLOURS.neutral;
  protected readonly chartTable: ChartTable = {
    columns: [
      { key: 'protocol', label: 'Protocol' },
      { key: 'score', label: 'Score', numeric: true },
      { key: 'class', label: 'Class' },
    ],
    rows: this.v.summary.protocols.map((r) => ({
      protocol: `${r.id}: ${this.names[r.id]}`,
      score: roundScore(r.score),
      class: r.class ?? 'unscored',
    })),
  };
  protected readonly chartSummary = this.describeScores();

  protected rating(protocol: ProtocolInput, key: string): string {
    const principle = this.config.principles.find((p) => p.key === key);
    const applies = principle?.contexts.includes(protocol.contextNeed) ?? false;
    return ratingText(protocol.ratings[key] as RatingValue | undefined, applies);
  }

  protected targetText(ratings: Readonly<Record<string, RatingValue | undefined>>): string {
    return Object.entries(ratings)
      .map(([key, value]) => `${principleName(key)} ${ratingText(value, true)}`)
      .join(', ');
  }

  private describeResidents(): string {
    const rated = this.residentsRatings.filter((p) => Object.keys(p.ratings).length > 0);
    const notYet = this.residentsRatings.filter((p) => Object.keys(p.ratings).length === 0);
    const ids = (list: readonly ProtocolInput[]) =>
      list.length <= 1
        ? list.map((p) => p.id).join('')
        : `${list
            .slice(0, -1)
            .map((p) => p.id)
            .join(', ')} and ${list[list.length - 1].id}`;
    return notYet.length > 0
      ? `Residents rated ${ids(rated)} (${ids(notYet)} not yet):`
      : `Residents rated ${ids(rated)}:`;
  }

  private describeScores(): string {
    const scored = this.v.summary.protocols.filter((r) => r.score !== null);
    if (scored.length === 0) return 'No protocol has a score.';
    const sorted = [...scored].sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
    const high = sorted[0];
    const low = sorted[sorted.length - 1];
    const byClass = new Map<string, string[]>();
    for (const r of scored)
      byClass.set(r.class ?? '', [...(byClass.get(r.class ?? '') ?? []), r.id]);
    const classes = [...byClass.entries()]
      .map(([cls, ids]) => `${ids.join(' and ')} ${ids.length === 1 ? 'is' : 'are'} ${cls}`)
      .join(', ');
    return (
      `${high.id} scores highest (${score(high.score)}) and ${low.id} lowest (${score(low.score)}) ` +
      `of the ${scored.length} protocols; ${classes}.`
    );
  }
}
