import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { Protocol, ProtocolAuditStory } from '@rcp/api-contract';
import { INDEX_TICKS } from '../../../shared/charts/axis-format';
import { TrendChart } from '../../../shared/charts/trend-chart';
import { mismatchStatus, scoreSeries, scoreSummary, scoreTable } from './protocol-story-model';

/**
 * The protocol's mismatch status in the latest audit, and its score in every audit as a line with
 * the same numbers as a table (each perspective's score, class and mismatch).
 */
@Component({
  selector: 'rcp-protocol-scores-section',
  imports: [TrendChart],
  template: `
    <section class="card story-mismatch" aria-labelledby="mismatch-heading">
      <h2 id="mismatch-heading">Mismatch status</h2>
      <p data-testid="mismatch-status">
        @if (mismatch().tone === 'warn') {
          <span class="tag tag--warn">Mismatch</span>
        } @else if (mismatch().tone === 'ok') {
          <span class="tag tag--active">No mismatch</span>
        }
        {{ mismatch().text }}
      </p>
    </section>
    <rcp-trend-chart
      heading="Score over time"
      [summary]="summary()"
      [table]="table()"
      [fileName]="fileName()"
      [series]="series()"
      xAxisLabel="Audit"
      yAxisLabel="Score"
      [yScaleMin]="-100"
      [yScaleMax]="100"
      [yAxisTicks]="ticks"
      emptyText="No audit has scored this protocol yet."
      data-testid="protocol-score-chart"
    >
      <p class="rcp-chart-note">
        The line shows the leadership score (the council's own assessment), −100 to +100. A draft
        audit's score is worked out live and may still change; the table has every perspective.
      </p>
    </rcp-trend-chart>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProtocolScoresSection {
  readonly protocol = input.required<Protocol>();
  readonly audits = input.required<readonly ProtocolAuditStory[]>();

  protected readonly ticks = INDEX_TICKS;
  protected readonly series = computed(() => scoreSeries(this.audits()));
  protected readonly table = computed(() => scoreTable(this.audits()));
  protected readonly summary = computed(() => scoreSummary(this.audits()));
  protected readonly mismatch = computed(() => mismatchStatus(this.protocol(), this.audits()));
  protected readonly fileName = computed(
    () =>
      `scores-${this.protocol()
        .name.toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')}`,
  );
}
