import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { RouterLink } from '@angular/router';
import type { PlanSuggestion, PlanSuggestions } from '@rcp/api-contract';
import { PROTOCOL_CLASS_LABELS } from '@rcp/vocabulary';
import { formatIndex } from '../../shared/format/index-format';
import { formatDelta } from '../model/plan-list';

/** The most a short list shows; the rest are a click away in the register. */
const SHOWN = 8;

/** "Where to start": mismatches first, then the protocols whose improvement would lift the index most. */
@Component({
  selector: 'rcp-suggestions-list',
  imports: [RouterLink, MatButtonModule],
  template: `
    <section aria-labelledby="suggestions-heading" data-testid="suggestions">
      <h2 id="suggestions-heading">Where to start</h2>
      @if (items().length === 0) {
        <p>No protocol stands out: none is a mismatch, and none would lift the index much.</p>
      } @else {
        <p>
          Mismatches first (a script imposed on a relational need), then the protocols whose move to
          their enabling version would raise the index most{{
            suggestions().audit ? ', on ' + suggestions().audit?.label : ''
          }}.
        </p>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="suggestions-heading">
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">Protocol</th>
                <th scope="col" class="num">Score</th>
                <th scope="col">Class</th>
                <th scope="col" class="num">Gain to the index</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              @for (s of items(); track s.protocolId) {
                <tr>
                  <th scope="row">
                    {{ s.protocolName }}
                    @if (s.mismatch) {
                      <span class="tag tag--warn">Mismatch</span>
                    }
                  </th>
                  <td class="num">{{ fmt(s.score) }}</td>
                  <td>{{ s.class ? classLabels[s.class] : 'Not scored' }}</td>
                  <td class="num">{{ delta(s.gain) }}</td>
                  <td>
                    @if (s.openChangeId) {
                      <a [routerLink]="['/plan-changes', s.openChangeId]"
                        >See the planned change<span class="visually-hidden">
                          for {{ s.protocolName }}</span
                        ></a
                      >
                    } @else if (canWrite()) {
                      <a
                        matButton="outlined"
                        [routerLink]="['/councils', councilId(), 'plan', 'new']"
                        [queryParams]="{ protocolId: s.protocolId, kind: kindOf(s) }"
                        >Plan this<span class="visually-hidden"> for {{ s.protocolName }}</span></a
                      >
                    } @else {
                      –
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SuggestionsList {
  readonly suggestions = input.required<PlanSuggestions>();
  readonly councilId = input.required<string>();
  readonly canWrite = input(false);
  protected readonly classLabels = PROTOCOL_CLASS_LABELS;
  protected readonly items = computed(() => this.suggestions().items.slice(0, SHOWN));
  protected fmt(v: number | null): string {
    return formatIndex(v);
  }
  protected delta(v: number | null): string {
    return formatDelta(v);
  }
  protected kindOf(s: PlanSuggestion): string {
    return s.source === 'library' ? 'replace' : 'amend';
  }
}
