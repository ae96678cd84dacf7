import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { DashboardAuditRef, PrincipleProfilePoint } from '@rcp/api-contract';
import { ChartPanel } from '../../shared/charts/chart-panel';
import { shortLabel } from '../model/dashboard-text';
import { profileSeries, profileSummary, profileTable } from '../model/principle-profile';
import { FillKey } from '../../shared/charts/chart-fills';
import { FillLegendItem } from '../../shared/charts/chart-legend';
import { PrincipleBars } from './principle-bars';

/**
 * The principle profile, now against the comparison audit.
 *
 * Drawn as grouped horizontal bars rather than a radar (polar) chart, on purpose: with 16
 * principles a radar's labels collide at 320 px; its values sit on 16 differently angled scales
 * that are hard to compare; and on a −100…+100 scale the radar's centre is −100, so "no effect"
 * is an arbitrary ring and the filled area exaggerates differences. Bars share one straight axis
 * with zero marked, read top to bottom like the table, and each principle's name stays whole.
 */
@Component({
  selector: 'rcp-principle-profile-chart',
  imports: [ChartPanel, PrincipleBars],
  template: `
    <rcp-chart-panel
      heading="Principle profile"
      [summary]="summary()"
      [table]="table()"
      fileName="principle-profile"
      data-testid="chart-profile"
    >
      @if (series().length) {
        <rcp-principle-bars
          [series]="series()"
          [legend]="legend()"
          [fills]="fills()"
          [summary]="summary()"
          legendLabel="Key to the principle profile"
          chartName="Principle profile"
        />
      } @else {
        <p>No principle has a rating to draw.</p>
      }
    </rcp-chart-panel>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PrincipleProfileChart {
  readonly profile = input.required<readonly PrincipleProfilePoint[]>();
  readonly selected = input.required<DashboardAuditRef | null>();
  readonly compareTo = input.required<DashboardAuditRef | null>();

  private readonly currentName = computed(() => shortLabel(this.selected()) || 'Chosen audit');
  private readonly previousName = computed(() => {
    const compare = this.compareTo();
    return compare ? `${shortLabel(compare)} (compared with)` : null;
  });

  protected readonly summary = computed(() =>
    profileSummary(this.profile(), this.selected(), this.compareTo()),
  );
  protected readonly table = computed(() =>
    profileTable(this.profile(), this.selected(), this.compareTo()),
  );
  protected readonly series = computed(() =>
    profileSeries(this.profile(), this.currentName(), this.previousName()),
  );
  protected readonly legend = computed<FillLegendItem[]>(() => {
    const previous = this.previousName();
    return [
      { label: this.currentName(), fill: 'current' },
      ...(previous ? [{ label: previous, fill: 'previous' as const }] : []),
    ];
  });
  protected readonly fills = computed(() =>
    this.legend().map((item): [string, FillKey] => [item.label, item.fill]),
  );
}
