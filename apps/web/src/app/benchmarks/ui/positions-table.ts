import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { PrincipleBenchmark } from '@rcp/api-contract';
import { nearBandText, POSITION_SYMBOLS, POSITION_WORDS, Position } from '../model/benchmark-text';
import { formatIndex } from '../../shared/format/index-format';

/** Per principle: the council's own score against the peer median, as above, near or below. */
@Component({
  selector: 'rcp-positions-table',
  template: `
    <p>
      <strong>Near</strong> means {{ nearText() }} the {{ medianName() }}. <strong>Above</strong> or
      <strong>below</strong> means further from it than that. The middle half is the range from the
      lower to the upper quartile of {{ groupText() }}.
    </p>
    <div class="table-scroll" role="region" aria-labelledby="positions-caption" tabindex="0">
      <table class="data-table" data-testid="positions-table">
        <caption id="positions-caption" class="visually-hidden">
          Your score on each principle against the
          {{
            medianName()
          }}
        </caption>
        <thead>
          <tr>
            <th scope="col">Principle</th>
            <th scope="col" class="num">Yours</th>
            <th scope="col" class="num">{{ medianHeading() }}</th>
            <th scope="col">Middle half</th>
            <th scope="col">Against the median</th>
          </tr>
        </thead>
        <tbody>
          @for (p of principles(); track p.key) {
            <tr>
              <th scope="row">{{ p.title }}</th>
              <td class="num">{{ formatIndex(p.yours) }}</td>
              <td class="num">{{ formatIndex(p.distribution?.median) }}</td>
              <td class="positions__range">
                @if (p.distribution; as d) {
                  {{ formatIndex(d.q1) }} to {{ formatIndex(d.q3) }}
                } @else {
                  –
                }
              </td>
              <td [attr.data-position]="p.position">
                @if (p.position; as position) {
                  <span aria-hidden="true" class="positions__symbol">{{ symbol(position) }}</span>
                  {{ words(position) }}
                } @else if (p.yours === null) {
                  Not scored by your council
                } @else {
                  –
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
    </div>
  `,
  styles: `
    .positions__range {
      white-space: nowrap;
    }
    .positions__symbol {
      display: inline-block;
      width: 1.25em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PositionsTable {
  readonly principles = input.required<readonly PrincipleBenchmark[]>();
  readonly nearBand = input.required<number>();
  readonly medianName = input('network median');
  readonly groupText = input('the network');

  protected readonly formatIndex = formatIndex;
  protected readonly nearText = computed(() => nearBandText(this.nearBand()));
  protected readonly medianHeading = computed(() => {
    const m = this.medianName();
    return m.charAt(0).toUpperCase() + m.slice(1);
  });

  protected symbol(position: Position): string {
    return POSITION_SYMBOLS[position];
  }

  protected words(position: Position): string {
    return POSITION_WORDS[position];
  }
}
