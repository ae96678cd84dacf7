import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { CouncilDashboard, DashboardHeadline } from '@rcp/api-contract';
import { changeText, formatPercent, shortLabel } from '../model/dashboard-text';
import { formatIndex } from '../../shared/format/index-format';
import {
  classShares,
  indexName,
  countsScopeText,
  loadChangeText,
  mismatchCountText,
  provisionalText,
} from '../model/headline';
import { fillUrl } from '../../shared/charts/chart-fills';

/** Where the council stands: the index, its change, coverage, classes, mismatches and load. */
@Component({
  selector: 'rcp-headline-cards',
  templateUrl: './headline-cards.html',
  styleUrl: './headline-cards.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HeadlineCards {
  readonly headline = input.required<DashboardHeadline>();
  readonly filters = input.required<CouncilDashboard['filters']>();
  readonly selected = input.required<CouncilDashboard['selected']>();
  readonly compareTo = input.required<CouncilDashboard['compareTo']>();

  protected readonly formatIndex = formatIndex;
  protected readonly formatPercent = formatPercent;
  protected readonly fillUrl = fillUrl;

  protected readonly indexName = computed(() => indexName(this.filters()));
  protected readonly isWider = computed(() => this.filters().scope === 'wider');
  protected readonly provisional = computed(() => provisionalText(this.headline()));
  protected readonly compareLabel = computed(() => shortLabel(this.compareTo()));
  protected readonly change = computed(() => {
    const delta = this.headline().change;
    return delta === null ? null : changeText(delta);
  });
  protected readonly shares = computed(() => classShares(this.headline().classCounts));
  protected readonly loadChange = computed(() =>
    loadChangeText(this.headline().protocolLoadChange, this.compareTo()),
  );
  protected readonly mismatchText = computed(() => mismatchCountText(this.headline().mismatches));
  protected readonly scopeWords = computed(() =>
    this.headline().scope === 'wider' ? 'Active wider-environment' : 'Active organisational',
  );
  protected readonly countsScope = computed(() => countsScopeText(this.headline()));
}
