import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { DashboardAuditRef, PrincipleProfilePoint } from '@rcp/api-contract';
import { BarChartModule } from '@swimlane/ngx-charts';
import { ChartPanel } from '../../shared/chart-panel/chart-panel';
import { formatIndex, formatTick, indexAxisDomain, shortLabel } from '../model/dashboard-text';
import { profileSeries, profileSummary, profileTable } from '../model/principle-profile';
import { ChartLegend } from './chart-legend';
import { ValueDomain } from './value-domain';
import { customFills, FALLBACK_SCHEME, FillKey, LegendItem } from './chart-fills';

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
  imports: [ChartPanel, BarChartModule, ChartLegend, ValueDomain],
  template: `
    <rcp-chart-panel
      heading="Principle profile"
      [summary]="summary()"
      [table]="table()"
      fileName="principle-profile"
      data-testid="chart-profile"
    >
      @if (series().length) {
        <rcp-chart-legend [items]="legend()" label="Key to the principle profile" />
        <div
          class="rcp-chart-scroll"
          tabindex="0"
          role="region"
          aria-label="Principle profile, chart"
        >
          <div
            class="rcp-chart"
            role="img"
            [attr.aria-label]="summary()"
            [style.height.px]="height()"
          >
            <ngx-charts-bar-horizontal-2d
              [results]="series()"
              [scheme]="scheme"
              [customColors]="fills()"
              [xAxis]="true"
              [yAxis]="true"
              [showXAxisLabel]="true"
              xAxisLabel="Principle index (−100 to +100)"
              [xAxisTickFormatting]="formatTick"
              [rcpValueDomain]="domain()"
              [trimYAxisTicks]="true"
              [wrapTicks]="true"
              [showDataLabel]="true"
              [dataLabelFormatting]="formatLabel"
              [groupPadding]="10"
              [barPadding]="2"
              [tooltipDisabled]="true"
              [animations]="false"
              [legend]="false"
              [roundEdges]="false"
            />
          </div>
        </div>
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

  protected readonly scheme = FALLBACK_SCHEME;
  protected readonly formatTick = formatTick;
  protected readonly formatLabel = (v: number) => formatIndex(v);

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
  protected readonly legend = computed<LegendItem[]>(() => {
    const previous = this.previousName();
    return [
      { label: this.currentName(), fill: 'current' },
      ...(previous ? [{ label: previous, fill: 'previous' as const }] : []),
    ];
  });
  protected readonly fills = computed(() =>
    customFills(this.legend().map((item): [string, FillKey] => [item.label, item.fill])),
  );
  protected readonly domain = computed(() =>
    indexAxisDomain(this.series().flatMap((g) => g.series.map((b) => b.value))),
  );
  /** Room for every bar: about 2.6 rem a principle with two bars, plus the axis. */
  protected readonly height = computed(() => {
    const bars = this.previousName() ? 2 : 1;
    return Math.max(240, this.series().length * (16 + bars * 16) + 70);
  });
}
