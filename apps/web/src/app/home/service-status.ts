import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { HealthApi } from '../core/health-api';

/** Whether the service and its database are working, checked when shown. */
@Component({
  selector: 'rcp-service-status',
  template: `
    <section class="card" aria-labelledby="status-heading">
      <h2 id="status-heading">Service status</h2>
      <p role="status" class="status" data-testid="health-status">
        @if (health(); as h) {
          @if (h.ok) {
            <span class="status__badge status__badge--ok">Working</span>
            The service and its database are working.
          } @else {
            <span class="status__badge status__badge--down">Not working</span>
            The service cannot reach its database right now. Try again in a minute.
          }
        } @else {
          Checking the service…
        }
      </p>
    </section>
  `,
  styles: `
    .status {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      flex-wrap: wrap;
    }
    .status__badge {
      display: inline-block;
      padding: 0.1rem 0.6rem;
      border-radius: 4px;
      font-weight: 700;
      color: #fff;
    }
    .status__badge--ok {
      background: var(--rcp-ok);
    }
    .status__badge--down {
      background: var(--rcp-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ServiceStatus {
  protected readonly health = toSignal(inject(HealthApi).check());
}
