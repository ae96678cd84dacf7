import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DashboardAuditRef, Mover } from '@rcp/api-contract';
import { shortLabel } from '../model/dashboard-text';
import {
  changedPrinciplesBySize,
  moverChangeText,
  moverEffectText,
  principleChangeText,
} from '../model/movers';

/**
 * The protocols whose scores moved most between the two audits, each with the change behind it
 * (introduced, retired with its reason, or which ratings changed) and the evidence recorded.
 */
@Component({
  selector: 'rcp-movers-list',
  imports: [RouterLink],
  template: `
    <section class="card movers" aria-labelledby="movers-heading" data-testid="movers">
      <h2 id="movers-heading" class="movers__heading">Biggest movers and why</h2>
      @if (!compareTo()) {
        <p>There is no earlier audit to compare with, so nothing has moved yet.</p>
      } @else if (movers().length === 0) {
        <p>No protocol changed between {{ compareLabel() }} and {{ selectedLabel() }}.</p>
      } @else {
        <p class="movers__intro">
          The protocols whose scores changed most between {{ compareLabel() }} and
          {{ selectedLabel() }}, largest effect first, with the change behind each.
        </p>
        <ol class="movers__list">
          @for (m of drawn(); track m.protocolId) {
            <li class="mover" data-testid="mover">
              <h3 class="mover__name">
                <a [routerLink]="['/councils', councilId(), 'register', m.protocolId]">{{
                  m.name
                }}</a>
              </h3>
              <p class="mover__change" data-testid="mover-change">{{ change(m) }}</p>
              <p class="mover__effect">{{ effect(m) }}</p>
              @if (canPlan()) {
                <p class="mover__plan">
                  <a
                    [routerLink]="['/councils', councilId(), 'plan', 'new']"
                    [queryParams]="{ protocolId: m.protocolId, kind: 'amend' }"
                    >Plan a change<span class="visually-hidden"> to {{ m.name }}</span></a
                  >
                </p>
              }
              @if (m.changedPrinciples.length > 3) {
                <details class="mover__details">
                  <summary>
                    All {{ m.changedPrinciples.length }} rating changes<span
                      class="visually-hidden"
                    >
                      of {{ m.name }}</span
                    >
                  </summary>
                  <ul>
                    @for (c of bySize(m); track c.key) {
                      <li>{{ principleText(c) }}</li>
                    }
                  </ul>
                </details>
              }
              @if (m.evidence.length) {
                <p class="mover__evidence-label">Evidence recorded with the new ratings:</p>
                @for (quote of m.evidence; track $index) {
                  <blockquote class="mover__quote">{{ quote }}</blockquote>
                }
              }
            </li>
          }
        </ol>
      }
    </section>
  `,
  styles: `
    .movers__heading {
      font-size: 1.25rem;
      margin: 0 0 0.5rem;
    }
    .movers__list {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .mover {
      border-top: 1px solid #c4c6d0;
      padding: 0.75rem 0;
    }
    .mover__name {
      font-size: 1.05rem;
      margin: 0 0 0.25rem;
      overflow-wrap: anywhere;
    }
    .mover__change {
      margin: 0 0 0.25rem;
      font-weight: 700;
      overflow-wrap: anywhere;
    }
    .mover__effect {
      margin: 0 0 0.25rem;
    }
    .mover__evidence-label {
      margin: 0.5rem 0 0.25rem;
      font-size: 0.9rem;
      color: var(--rcp-muted);
    }
    .mover__quote {
      margin: 0 0 0.5rem;
      padding: 0.25rem 0.75rem;
      border-left: 4px solid var(--rcp-border);
      font-style: italic;
      overflow-wrap: anywhere;
    }
    .mover__details {
      margin: 0.25rem 0;
      summary {
        cursor: pointer;
        color: var(--rcp-link);
        text-decoration: underline;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MoversList {
  readonly movers = input.required<readonly Mover[]>();
  readonly councilId = input.required<string>();
  /** Managers and the lead of this council plan changes. */
  readonly canPlan = input(false);
  readonly selected = input.required<DashboardAuditRef | null>();
  readonly compareTo = input.required<DashboardAuditRef | null>();
  /**
   * How many movers to draw (the first ones): the dashboard draws them a few per task while it
   * loads (each, with its rating changes and evidence, is one of its largest parts), then all.
   */
  readonly limit = input(Number.POSITIVE_INFINITY);
  protected readonly drawn = computed(() => this.movers().slice(0, this.limit()));

  protected readonly selectedLabel = computed(() => shortLabel(this.selected()));
  protected readonly compareLabel = computed(() => shortLabel(this.compareTo()));

  protected effect(m: Mover): string {
    return moverEffectText(m);
  }
  protected change(m: Mover): string {
    return moverChangeText(m);
  }
  protected bySize(m: Mover) {
    return changedPrinciplesBySize(m);
  }
  protected principleText(c: Mover['changedPrinciples'][number]): string {
    return principleChangeText(c);
  }
}
