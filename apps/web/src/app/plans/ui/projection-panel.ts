import { PLAN_CHANGE_KIND_LABELS, PLAN_CHANGE_STATUS_LABELS } from '@rcp/vocabulary';
import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import type { PlanProjection, PlanProjectionChange } from '@rcp/api-contract';
import { formatIndex } from '../../shared/format/index-format';
import { formatDelta } from '../model/plan-list';
import { figureRows, projectionSummary } from '../model/projection-text';

export interface ToggleEvent {
  readonly changeId: string;
  readonly on: boolean;
}

/**
 * The projected effect of the selected changes: the council index now → projected, coverage,
 * class shares, mismatches and protocol load, each change's own contribution with a toggle, and a
 * sentence saying it all.
 */
@Component({
  selector: 'rcp-projection-panel',
  template: `
    <section class="projection card" aria-labelledby="projection-heading" data-testid="projection">
      <h2 id="projection-heading">Projected effect</h2>
      @if (projection(); as p) {
        @if (p.audit) {
          <p class="hint">On the ratings of {{ p.audit.label }}.</p>
          <p class="projection__index" data-testid="projection-index">
            <span class="visually-hidden">Council index now </span>
            <span data-testid="projection-before">{{ fmt(p.before?.index) }}</span>
            <span aria-hidden="true"> → </span>
            <span class="visually-hidden">, projected </span>
            <strong data-testid="projection-after">{{ fmt(p.after?.index) }}</strong>
            <span class="projection__delta" data-testid="projection-delta">
              ({{ delta(p.indexDelta) }})</span
            >
          </p>
        }
        <p class="projection__summary" aria-live="polite" data-testid="projection-summary">
          {{ summary() }}
        </p>
        <label class="projection__proposed">
          <input
            type="checkbox"
            [checked]="includeProposed()"
            (change)="proposedChanged.emit($any($event.target).checked)"
            data-testid="include-proposed"
          />
          Include proposed changes
        </label>
        @if (rows().length) {
          <div class="table-scroll" tabindex="0" role="region" aria-label="Projected figures">
            <table class="data-table projection__table">
              <caption class="visually-hidden">
                Figures now and if the selected changes land
              </caption>
              <thead>
                <tr>
                  <th scope="col">Figure</th>
                  <th scope="col" class="num">Now</th>
                  <th scope="col" class="num">Projected</th>
                  <th scope="col" class="num">Change</th>
                </tr>
              </thead>
              <tbody>
                @for (r of rows(); track r.label) {
                  <tr>
                    <th scope="row">{{ r.label }}</th>
                    <td class="num">{{ r.now }}</td>
                    <td class="num">{{ r.projected }}</td>
                    <td class="num">{{ r.change }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        }
        @if (p.changes.length) {
          <fieldset class="projection__changes">
            <legend>Changes in the projection, by effect</legend>
            <ul>
              @for (c of p.changes; track c.changeId) {
                <li>
                  <label>
                    <input
                      type="checkbox"
                      [checked]="c.selected"
                      [disabled]="!!c.skippedReason"
                      (change)="
                        toggled.emit({ changeId: c.changeId, on: $any($event.target).checked })
                      "
                      [attr.data-testid]="'toggle-' + c.changeId"
                    />
                    {{ c.title }}
                  </label>
                  <span class="projection__meta">
                    {{ kindLabel(c) }} · {{ statusLabel(c) }} ·
                    @if (c.skippedReason) {
                      {{ c.skippedReason }}
                    } @else {
                      <span [attr.data-testid]="'contribution-' + c.changeId"
                        >{{ delta(c.contribution) }} points on its own</span
                      >
                    }
                  </span>
                </li>
              }
            </ul>
          </fieldset>
        }
      } @else {
        <p>Working out the projection…</p>
      }
    </section>
  `,
  styles: `
    .projection h2 {
      margin-top: 0;
      font-size: 1.25rem;
    }
    .projection__index {
      font-size: 1.5rem;
      margin: 0.25rem 0;
    }
    .projection__delta {
      font-size: 1rem;
    }
    .projection__proposed {
      display: flex;
      gap: 0.5rem;
      align-items: center;
      margin: 0.5rem 0;
    }
    .projection__table th,
    .projection__table td {
      padding: 0.25rem 0.4rem;
    }
    .projection__changes {
      border: 0;
      padding: 0;
      margin: 0;
      legend {
        font-weight: 700;
        padding: 0;
        margin-bottom: 0.25rem;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
      }
      li {
        padding: 0.35rem 0;
        border-bottom: 1px solid #c4c6d0;
      }
      label {
        display: flex;
        gap: 0.5rem;
        align-items: flex-start;
        overflow-wrap: anywhere;
      }
      input {
        margin-top: 0.3rem;
        min-width: 1.1rem;
        min-height: 1.1rem;
      }
    }
    .projection__meta {
      display: block;
      color: var(--rcp-muted);
      font-size: 0.875rem;
      padding-left: 1.6rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProjectionPanel {
  readonly projection = input.required<PlanProjection | null>();
  readonly includeProposed = input.required<boolean>();
  readonly toggled = output<ToggleEvent>();
  readonly proposedChanged = output<boolean>();

  protected readonly rows = computed(() => {
    const p = this.projection();
    return p ? figureRows(p) : [];
  });
  protected readonly summary = computed(() => {
    const p = this.projection();
    return p ? projectionSummary(p) : '';
  });

  protected fmt(v: number | null | undefined): string {
    return formatIndex(v);
  }
  protected delta(v: number | null): string {
    return formatDelta(v);
  }
  protected kindLabel(c: PlanProjectionChange): string {
    return PLAN_CHANGE_KIND_LABELS[c.kind];
  }
  protected statusLabel(c: PlanProjectionChange): string {
    return PLAN_CHANGE_STATUS_LABELS[c.status];
  }
}
