import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { DashboardAuditRef, ReportProtocol } from '@rcp/api-contract';
import { evidenceQuotes, protocolScoreLine } from '../model/report-text';

/** Protocols the report names, each with its score, its change and the evidence recorded. */
@Component({
  selector: 'rcp-report-protocols',
  imports: [RouterLink],
  template: `
    @if (protocols().length === 0) {
      <p>{{ emptyText() }}</p>
    } @else {
      <ol class="report-protocols">
        @for (p of protocols(); track p.protocolId) {
          <li class="report-protocols__item">
            <h3 class="report-protocols__name">
              <a [routerLink]="['/councils', councilId(), 'register', p.protocolId]">{{
                p.name
              }}</a>
            </h3>
            <p class="report-protocols__meta">
              {{ p.categoryTitle }} · {{ p.serviceArea }}. {{ scoreLine(p) }}
            </p>
            @if (p.evidence.length) {
              <ul class="report-protocols__evidence">
                @for (e of quotes(p); track $index) {
                  <li>
                    <span class="report-protocols__evidence-meta">{{ e.line }}</span>
                    <q>{{ e.text }}</q>
                  </li>
                }
              </ul>
            } @else {
              <p class="report-protocols__evidence-none">
                No evidence was written with its ratings.
              </p>
            }
          </li>
        }
      </ol>
    }
  `,
  styles: `
    .report-protocols {
      padding-left: 1.25rem;
      margin: 0;
    }
    .report-protocols__item {
      margin-bottom: 1rem;
      break-inside: avoid;
    }
    .report-protocols__name {
      font-size: 1.05rem;
      margin: 0 0 0.25rem;
    }
    .report-protocols__meta {
      margin: 0 0 0.25rem;
    }
    .report-protocols__evidence {
      margin: 0;
      padding-left: 1.25rem;
    }
    .report-protocols__evidence-meta {
      display: block;
      font-weight: 600;
    }
    q {
      font-style: italic;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportProtocols {
  readonly protocols = input.required<readonly ReportProtocol[]>();
  readonly compareTo = input.required<DashboardAuditRef | null>();
  readonly councilId = input.required<string>();
  readonly emptyText = input.required<string>();

  protected readonly quotes = (p: ReportProtocol) => evidenceQuotes(p.evidence);
  protected scoreLine(p: ReportProtocol): string {
    return protocolScoreLine(p, this.compareTo());
  }
}
