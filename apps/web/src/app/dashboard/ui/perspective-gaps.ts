import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PerspectiveGapView } from '@rcp/api-contract';
import { Perspective, PERSPECTIVE_LABELS } from '@rcp/vocabulary';
import { ChartPanel } from '../../shared/charts/chart-panel';
import { PERSPECTIVE_SHORT } from '../model/dashboard-text';
import { formatIndex } from '../../shared/format/index-format';
import {
  gapSentence,
  perspectivesOf,
  principleGapSeries,
  principleGapSummary,
  principleGapTable,
  shownGap,
} from '../model/perspective-gaps';
import { FillKey } from '../../shared/charts/chart-fills';
import { FillLegendItem } from '../../shared/charts/chart-legend';
import { PrincipleBars } from './principle-bars';

/** How leadership, frontline practitioners and residents each see the council, and where they differ. */
@Component({
  selector: 'rcp-perspective-gaps',
  imports: [ChartPanel, PrincipleBars],
  template: `
    <section class="card" aria-labelledby="gaps-heading" data-testid="perspective-gaps">
      <h2 id="gaps-heading" class="gaps__heading">Perspective gaps</h2>
      <p>
        This audit collected ratings from more than one perspective. Each is scored on its own; the
        gap is the highest perspective's index minus the lowest.
      </p>
      <dl class="gaps__cards">
        @for (p of view().perspectives; track p.perspective) {
          <div class="gaps__card">
            <dt>{{ label(p.perspective) }}</dt>
            <dd class="gaps__number">{{ format(p.index) }}</dd>
          </div>
        }
        <div class="gaps__card gaps__card--gap" data-testid="perspective-gap">
          <dt>Largest gap</dt>
          <dd class="gaps__number">{{ format(gapSize()) }}</dd>
        </div>
      </dl>
      <p class="gaps__sentence">{{ gapText() }}</p>
    </section>

    <rcp-chart-panel
      heading="Perspective gaps by principle"
      [summary]="summary()"
      [table]="table()"
      fileName="perspective-gaps-by-principle"
      data-testid="chart-gaps"
    >
      @if (series().length) {
        <rcp-principle-bars
          [series]="series()"
          [legend]="legend()"
          [fills]="fills()"
          [summary]="summary()"
          legendLabel="Key to the perspective gaps"
          chartName="Perspective gaps by principle"
        />
      } @else {
        <p>No principle has ratings from two perspectives.</p>
      }
    </rcp-chart-panel>
  `,
  styles: `
    .gaps__heading {
      font-size: 1.25rem;
      margin: 0 0 0.5rem;
    }
    .gaps__cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
      gap: 0.75rem;
      margin: 0 0 0.75rem;
    }
    .gaps__card {
      border: 1px solid #c4c6d0;
      border-radius: 6px;
      padding: 0.5rem 0.75rem;
      dt {
        font-weight: 700;
      }
      dd {
        margin: 0;
      }
    }
    .gaps__card--gap {
      border: 2px solid var(--rcp-brand);
    }
    .gaps__number {
      font-size: 1.75rem;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .gaps__sentence {
      margin: 0;
      font-weight: 700;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PerspectiveGaps {
  readonly view = input.required<PerspectiveGapView>();

  protected readonly format = formatIndex;

  protected readonly gapText = computed(() => gapSentence(this.view()));
  /** As the sentence gives it: the difference of the figures shown, so the card adds up. */
  protected readonly gapSize = computed(() => {
    const view = this.view();
    return shownGap(view.perspectives.map((p) => p.index)) ?? view.gap?.size ?? null;
  });
  protected readonly summary = computed(() => principleGapSummary(this.view()));
  protected readonly table = computed(() => principleGapTable(this.view()));
  protected readonly series = computed(() => principleGapSeries(this.view()));
  private readonly perspectives = computed(() => perspectivesOf(this.view()));
  protected readonly fills = computed(() =>
    this.perspectives().map((p): [string, FillKey] => [PERSPECTIVE_SHORT[p], p]),
  );
  protected readonly legend = computed<FillLegendItem[]>(() =>
    this.perspectives().map((p) => ({ label: PERSPECTIVE_LABELS[p], fill: p })),
  );
  protected label(p: Perspective): string {
    return PERSPECTIVE_LABELS[p];
  }
}
