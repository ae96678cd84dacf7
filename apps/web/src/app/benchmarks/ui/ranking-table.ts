import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { BenchmarkCouncil } from '@rcp/api-contract';
import { chartTableToCsv } from '../../shared/charts/chart-table';
import {
  formatCouncilIndex,
  formatDay,
  formatProvisional,
  plural,
  typeLabel,
} from '../model/benchmark-text';
import { rankingTable } from '../model/distribution';

/**
 * The councils shown, ranked within the comparison group (1 is the highest). A coordinator sees
 * every council's type and region; a council sees its own row marked "You".
 */
@Component({
  selector: 'rcp-ranking-table',
  imports: [MatButtonModule],
  template: `
    <div class="table-scroll" role="region" [attr.aria-labelledby]="captionId" tabindex="0">
      <table class="data-table ranking-table" data-testid="ranking-table">
        <caption [id]="captionId" class="ranking-table__caption">
          {{
            caption()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col" class="num">Rank</th>
            <th scope="col">Council</th>
            @if (coordinator()) {
              <th scope="col">Type</th>
              <th scope="col">Region</th>
            }
            <th scope="col" class="num">{{ valueLabel() }}</th>
            <th scope="col">Provisional</th>
            <th scope="col">Latest audit period ends</th>
          </tr>
        </thead>
        <tbody>
          @for (council of councils(); track council.label) {
            <tr [class.ranking-table__you]="council.isYou" [attr.data-you]="council.isYou || null">
              <td class="num">{{ council.rank ?? '–' }}</td>
              <th scope="row" class="ranking-table__council">
                @if (council.isYou) {
                  <span class="tag tag--you">You</span>&ngsp;
                }
                <span data-testid="council-label">{{ council.label }}</span>
              </th>
              @if (coordinator()) {
                <td>{{ typeLabel(council.type) }}</td>
                <td>{{ council.region ?? '–' }}</td>
              }
              <td class="num">{{ formatCouncilIndex(council) }}</td>
              <td>{{ formatProvisional(council.provisional) }}</td>
              <td class="ranking-table__date">{{ formatDay(council.periodEnd) }}</td>
            </tr>
          } @empty {
            <tr>
              <td [attr.colspan]="coordinator() ? 7 : 5">No council in this group has a result.</td>
            </tr>
          }
        </tbody>
      </table>
    </div>
    <button matButton="outlined" type="button" (click)="download()" [disabled]="!councils().length">
      Download the ranking as CSV
    </button>
  `,
  styles: `
    .ranking-table__caption {
      text-align: left;
      font-weight: 700;
      padding-bottom: 0.5rem;
    }
    .ranking-table__council {
      min-width: 12rem;
    }
    .ranking-table__date {
      white-space: nowrap;
    }
    .ranking-table__you {
      background: #fdf0e6;
    }
    .ranking-table__you th,
    .ranking-table__you td {
      font-weight: 700;
      border-top: 2px solid var(--rcp-text);
      border-bottom: 2px solid var(--rcp-text);
    }
    .tag--you {
      background: #9c3d00;
      color: #ffffff;
      margin-right: 0.4rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RankingTable {
  private static nextId = 0;

  readonly councils = input.required<readonly BenchmarkCouncil[]>();
  readonly coordinator = input(false);
  readonly valueLabel = input('Index');
  /** Councils in the comparison group, to say "12 shown of 40". */
  readonly groupSize = input.required<number>();

  protected readonly captionId = `ranking-caption-${RankingTable.nextId++}`;
  protected readonly formatCouncilIndex = formatCouncilIndex;
  protected readonly formatProvisional = formatProvisional;
  protected readonly formatDay = formatDay;
  protected readonly typeLabel = typeLabel;

  /** The table as RFC 4180 CSV (with a byte-order mark, so spreadsheets read it as UTF-8). */
  protected download(): void {
    const csv = chartTableToCsv(rankingTable(this.councils(), this.valueLabel()));
    const url = URL.createObjectURL(new Blob(['\uFEFF' + csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = 'benchmark-ranking.csv';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }

  protected readonly caption = computed(() => {
    const shown = this.councils().length;
    const size = this.groupSize();
    return shown === size
      ? `${plural(shown, 'council')}, highest first`
      : `${plural(shown, 'council')} shown of ${size} in the comparison group, highest first; ranks are within the comparison group`;
  });
}
