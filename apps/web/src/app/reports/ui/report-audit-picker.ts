import { ChangeDetectionStrategy, Component, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { DashboardAuditRef } from '@rcp/api-contract';
import { formatDay } from '../../dashboard/model/dashboard-text';

/**
 * Which submitted audit the report is written for, newest first. The choice takes effect with
 * the button, not as the list moves (arrow keys on a closed list would reload the report at every
 * step). Not printed.
 */
@Component({
  selector: 'rcp-report-audit-picker',
  imports: [MatButtonModule],
  template: `
    <form class="picker" (submit)="$event.preventDefault(); show()" data-testid="report-audit">
      <label for="report-audit-choice">Report on the audit</label>
      <div class="picker__row">
        <select
          id="report-audit-choice"
          [value]="selectedId()"
          (change)="chosen.set($any($event.target).value)"
        >
          @for (a of newestFirst(); track a.id) {
            <option [value]="a.id" [selected]="a.id === selectedId()">
              {{ a.label }} (to {{ formatDay(a.periodEnd) }})
            </option>
          }
        </select>
        <button matButton="outlined" type="submit">Show this audit</button>
      </div>
    </form>
  `,
  styles: `
    :host {
      display: block;
    }
    .picker {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      margin-bottom: 1rem;
    }
    label {
      font-weight: 700;
    }
    .picker__row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    select {
      font: inherit;
      padding: 0.35rem;
      max-width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportAuditPicker {
  /** Submitted audits, oldest first (as the dashboard lists them). */
  readonly audits = input.required<DashboardAuditRef[]>();
  readonly selectedId = input.required<string>();
  /** The audit to show: emitted when the button is pressed on another audit. */
  readonly choose = output<string>();

  protected readonly chosen = signal<string | null>(null);
  protected readonly formatDay = formatDay;

  protected newestFirst(): DashboardAuditRef[] {
    return [...this.audits()].reverse();
  }

  protected show(): void {
    const id = this.chosen() ?? this.selectedId();
    if (id !== this.selectedId()) this.choose.emit(id);
  }
}
