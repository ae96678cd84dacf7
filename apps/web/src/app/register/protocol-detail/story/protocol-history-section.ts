import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ProtocolPlannedChange, ProtocolRegisterChange } from '@rcp/api-contract';
import { formatDate, formatDateTime } from '../../protocol-text';
import {
  planKindLabel,
  planPriorityLabel,
  planStatusLabel,
  registerChangeText,
} from './protocol-story-model';

/** What changed the protocol's register entry (from the audit trail), and what is planned for it. */
@Component({
  selector: 'rcp-protocol-history-section',
  imports: [RouterLink],
  template: `
    <section aria-labelledby="planned-heading" data-testid="protocol-planned">
      <h2 id="planned-heading">Planned changes</h2>
      @if (planned().length === 0) {
        <p>No change is planned for this protocol.</p>
      } @else {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="planned-caption">
          <table class="data-table">
            <caption id="planned-caption" class="story-caption">
              Changes planned for this protocol, newest first
            </caption>
            <thead>
              <tr>
                <th scope="col">Change</th>
                <th scope="col">Kind</th>
                <th scope="col">Status</th>
                <th scope="col">Priority</th>
                <th scope="col">Due</th>
                <th scope="col">Owner</th>
              </tr>
            </thead>
            <tbody>
              @for (c of planned(); track c.id) {
                <tr>
                  <th scope="row">
                    <a [routerLink]="['/plan-changes', c.id]">{{ c.title }}</a>
                  </th>
                  <td>{{ kindLabel(c.kind) }}</td>
                  <td>{{ statusLabel(c.status) }}</td>
                  <td>{{ priorityLabel(c.priority) }}</td>
                  <td>{{ c.dueDate ? formatDate(c.dueDate) : 'Not set' }}</td>
                  <td>{{ c.owner ?? 'Not set' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>

    <section aria-labelledby="changes-heading" data-testid="protocol-register-changes">
      <h2 id="changes-heading">Register changes</h2>
      @if (changes().length === 0) {
        <p>
          The audit trail has no change to this entry (protocols imported from a file are recorded
          as one import).
        </p>
      } @else {
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="changes-caption">
          <table class="data-table">
            <caption id="changes-caption" class="story-caption">
              Changes to this protocol's register entry, newest first, from the audit trail
            </caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Who</th>
              </tr>
            </thead>
            <tbody>
              @for (c of changes(); track c.id) {
                <tr>
                  <th scope="row">
                    <time [attr.datetime]="c.occurredAt">{{ formatDateTime(c.occurredAt) }}</time>
                  </th>
                  <td>{{ changeText(c) }}</td>
                  <td>{{ c.actor ?? 'The system' }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </section>
  `,
  styles: `
    .story-muted {
      color: var(--rcp-muted);
    }
    .story-caption {
      text-align: left;
      font-weight: 600;
      padding: 0.25rem 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProtocolHistorySection {
  readonly changes = input.required<readonly ProtocolRegisterChange[]>();
  readonly planned = input.required<readonly ProtocolPlannedChange[]>();

  protected readonly changeText = registerChangeText;
  protected readonly kindLabel = planKindLabel;
  protected readonly statusLabel = planStatusLabel;
  protected readonly priorityLabel = planPriorityLabel;
  protected readonly formatDate = formatDate;
  protected readonly formatDateTime = formatDateTime;
}
