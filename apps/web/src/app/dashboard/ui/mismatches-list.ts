import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { MismatchRow } from '@rcp/api-contract';
import { mismatchExplanation } from '../model/movers';

/** Protocols that impose a script or a transaction where people need a relationship. */
@Component({
  selector: 'rcp-mismatches-list',
  imports: [RouterLink],
  template: `
    <section class="card" aria-labelledby="mismatches-heading" data-testid="mismatches">
      <h2 id="mismatches-heading" class="mismatches__heading">Mismatches</h2>
      <p>
        A mismatch is a relational need governed by a protocol that inhibits the relational
        principles – for example a script or a time-and-task slot imposed where a person needs a
        relationship. A protocol can be a mismatch without being inhibiting overall.
      </p>
      @if (rows().length === 0) {
        <p><strong>No mismatches</strong> among the protocols shown.</p>
      } @else {
        <ul class="mismatches__list">
          @for (row of rows(); track row.protocolId) {
            <li>
              <a [routerLink]="['/councils', councilId(), 'register', row.protocolId]">{{
                row.name
              }}</a>
              <span class="mismatches__category"> ({{ row.category }})</span>
              <p class="mismatches__why">{{ explain(row) }}</p>
              @if (canPlan()) {
                <a
                  class="mismatches__plan"
                  [routerLink]="['/councils', councilId(), 'plan', 'new']"
                  [queryParams]="{ protocolId: row.protocolId, kind: 'replace' }"
                  >Plan a change<span class="visually-hidden"> to {{ row.name }}</span></a
                >
              }
            </li>
          }
        </ul>
      }
    </section>
  `,
  styles: `
    .mismatches__heading {
      font-size: 1.25rem;
      margin: 0 0 0.5rem;
    }
    .mismatches__list {
      padding-left: 1.25rem;
      margin: 0;
      li {
        margin-bottom: 0.75rem;
        overflow-wrap: anywhere;
      }
      a {
        font-weight: 700;
      }
    }
    .mismatches__category {
      color: var(--rcp-muted);
    }
    .mismatches__why {
      margin: 0.25rem 0 0;
    }
    .mismatches__list a.mismatches__plan {
      font-weight: 400;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MismatchesList {
  readonly rows = input.required<readonly MismatchRow[]>();
  readonly councilId = input.required<string>();
  /** Managers and the lead of this council plan changes. */
  readonly canPlan = input(false);

  protected explain(row: MismatchRow): string {
    return mismatchExplanation(row);
  }
}
