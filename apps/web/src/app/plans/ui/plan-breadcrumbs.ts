import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

/** Where a plan page sits: Home › Council dashboard › Change plan (› the change). */
@Component({
  selector: 'rcp-plan-breadcrumbs',
  imports: [RouterLink],
  template: `
    <nav aria-label="Breadcrumb" class="breadcrumbs">
      <ol>
        <li><a routerLink="/">Home</a></li>
        <li><a [routerLink]="['/councils', councilId(), 'dashboard']">Council dashboard</a></li>
        @if (planLink()) {
          <li><a [routerLink]="['/councils', councilId(), 'plan']">Change plan</a></li>
        }
        <li aria-current="page">{{ current() }}</li>
      </ol>
    </nav>
  `,
  styles: `
    .breadcrumbs ol {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
      list-style: none;
      padding: 0;
      margin: 0 0 1rem;
      font-size: 0.9375rem;
    }
    .breadcrumbs li + li::before {
      content: '›';
      margin-right: 0.25rem;
      color: var(--rcp-muted);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlanBreadcrumbs {
  readonly councilId = input.required<string>();
  readonly current = input.required<string>();
  /** Whether to link the plan page (on a change's page). */
  readonly planLink = input(false);
}
