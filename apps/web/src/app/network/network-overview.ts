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
import { map } from 'rxjs';
import { changeText, formatDay, formatPercent } from '../dashboard/model/dashboard-text';
import { formatIndex } from '../shared/format/index-format';
import { chartTableToCsv } from '../shared/charts/chart-table';
import { toErrorBody } from '../shared/forms/api-error';
import { NetworkApi } from './network-api';
import {
  networkRow,
  NetworkRow,
  networkSummary,
  networkTable,
  SortKey,
  sortRows,
  sortSentence,
} from './network-rows';

/**
 * The coordinator's home: every council with its latest index, change, last audit and coverage,
 * sortable, each linking to its dashboard. One request (GET /network/overview).
 */
@Component({
  selector: 'rcp-network-overview',
  imports: [RouterLink, MatButtonModule],
  templateUrl: './network-overview.html',
  styleUrl: './network-overview.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NetworkOverview {
  private readonly api = inject(NetworkApi);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly rows = signal<NetworkRow[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  // Numbers and dates read best from the top down; names from A.
  protected readonly sort = new TableSort<SortKey>('name', (key) =>
    key === 'name' || key === 'type' || key === 'region' ? 'ascending' : 'descending',
  );

  protected readonly sorted = computed(() =>
    sortRows(this.rows() ?? [], this.sort.key(), this.sort.direction()),
  );
  protected readonly summary = computed(() => networkSummary(this.rows() ?? []));
  protected readonly sortText = computed(() =>
    sortSentence(this.sort.key(), this.sort.direction()),
  );

  protected readonly formatIndex = formatIndex;
  protected readonly formatPercent = formatPercent;
  protected readonly formatDay = formatDay;

  protected readonly columns: ReadonlyArray<{ key: SortKey; label: string; numeric: boolean }> = [
    { key: 'name', label: 'Council', numeric: false },
    { key: 'type', label: 'Type', numeric: false },
    { key: 'region', label: 'Region', numeric: false },
    { key: 'index', label: 'Latest index', numeric: true },
    { key: 'change', label: 'Change since previous audit', numeric: true },
    { key: 'lastAudit', label: 'Last audit', numeric: false },
    { key: 'coverage', label: 'Coverage', numeric: true },
  ];

  constructor() {
    this.load();
  }

  protected load(): void {
    this.rows.set(null);
    this.loadError.set(null);
    this.api
      .overview()
      .pipe(
        map((rows) => rows.map(networkRow)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (rows) => this.rows.set(rows),
        error: (error: unknown) =>
          this.loadError.set(
            toErrorBody(error, 'The network cannot be shown right now. Try again in a minute.')
              .message,
          ),
      });
  }

  protected change(row: NetworkRow) {
    return row.change === null ? null : changeText(row.change);
  }

  protected download(): void {
    const csv = chartTableToCsv(networkTable(this.sorted()));
    const url = URL.createObjectURL(new Blob(['\uFEFF' + csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'network-overview.csv';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
