import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { PlanChangeDetail } from '@rcp/api-contract';
import {
  PLAN_CHANGE_KIND_LABELS,
  PLAN_CHANGE_STATUS_LABELS,
  type PlanChangeStatus,
} from '@rcp/vocabulary';
import { statusActions } from '../model/change-form';
import { formatDueDate } from '../model/plan-list';

/** A saved change's status, due date and subject, with the status moves its writers may make. */
@Component({
  selector: 'rcp-change-status-card',
  imports: [MatButtonModule],
  template: `
    @let d = change();
    <section
      class="card change__status"
      aria-labelledby="status-heading"
      data-testid="change-status"
    >
      <h2 id="status-heading">Status: {{ statusLabels[d.status] }}</h2>
      <p>
        @if (d.overdue) {
          <span class="tag tag--warn">Overdue</span>
        }
        Due {{ due(d.dueDate) }}. {{ kindLabels[d.kind] }} of
        <strong>{{ d.protocol?.name ?? d.newProtocol?.name ?? 'a new protocol' }}</strong
        >.
      </p>
      @if (actions().length) {
        <div class="button-row">
          @for (a of actions(); track a.to) {
            <button
              matButton="outlined"
              type="button"
              [disabled]="saving()"
              (click)="statusChange.emit(a.to)"
              [attr.data-testid]="'status-' + a.to"
            >
              {{ a.label }}
            </button>
          }
        </div>
      }
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangeStatusCard {
  readonly change = input.required<PlanChangeDetail>();
  /** Whether the signed-in person may move the change on. */
  readonly canWrite = input(false);
  readonly saving = input(false);
  readonly statusChange = output<PlanChangeStatus>();

  protected readonly statusLabels = PLAN_CHANGE_STATUS_LABELS;
  protected readonly kindLabels = PLAN_CHANGE_KIND_LABELS;
  protected readonly actions = computed(() =>
    this.canWrite() ? statusActions(this.change().status) : [],
  );
  protected due(date: string | null): string {
    return formatDueDate(date);
  }
}
