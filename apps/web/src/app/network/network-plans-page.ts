import { TableSort } from '../shared/tables/table-sort';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { NetworkPlanRow } from '@rcp/api-contract';
import { PlansApi } from '../plans/data-access/plans-api';
import { chartTableToCsv } from '../shared/charts/chart-table';
import { toErrorBody } from '../shared/forms/api-error';
import {
  networkPlansSummary,
  networkPlansTable,
  PLAN_COLUMNS,
  PlanSortKey,
  planSortSentence,
  sortPlanRows,
} from './network-plan-rows';

/**
 * The coordinator's view of every council's change plan: how many changes each has proposed,
 * agreed, in progress, done and dropped, and how many are overdue; sortable, each council linking
 * to its plan. One request (GET /network/plans). Routed at /network/plans.
 */
@Component({
  selector: 'rcp-network-plans-page',
  imports: [RouterLink, MatButtonModule],
  templateUrl: './network-plans-page.html',
  styleUrl: './network-overview.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NetworkPlansPage {
  private readonly api = inject(PlansApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly rows = signal<NetworkPlanRow[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  // Counts read best from the most; names from A.
  protected readonly sort = new TableSort<PlanSortKey>('councilName', (key) =>
    key === 'councilName' ? 'ascending' : 'descending',
  );

  protected readonly columns = PLAN_COLUMNS;
  protected readonly numericColumns = PLAN_COLUMNS.filter((c) => c.numeric) as ReadonlyArray<{
    key: Exclude<PlanSortKey, 'councilName'>;
    label: string;
  }>;
  protected readonly sorted = computed(() =>
    sortPlanRows(this.rows() ?? [], this.sort.key(), this.sort.direction()),
  );
  protected readonly summary = computed(() => networkPlansSummary(this.rows() ?? []));
  protected readonly sortText = computed(() =>
    planSortSentence(this.sort.key(), this.sort.direction()),
  );

  constructor() {
    this.load();
  }

  protected load(): void {
    this.rows.set(null);
    this.loadError.set(null);
    this.api
      .network()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (plans) => this.rows.set(plans.councils),
        error: (error: unknown) =>
          this.loadError.set(
            toErrorBody(error, 'The plans cannot be shown right now. Try again in a minute.')
              .message,
          ),
      });
  }

  protected download(): void {
    const csv = chartTableToCsv(networkPlansTable(this.sorted()));
    const url = URL.createObjectURL(new Blob(['\uFEFF' + csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'network-plans.csv';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
