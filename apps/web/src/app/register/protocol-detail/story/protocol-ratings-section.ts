import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ProtocolAuditStory } from '@rcp/api-contract';
import { formatDate, formatDateTime } from '../../protocol-text';
import { perspectiveLabel, ratingText } from './protocol-story-model';

/**
 * Every rating the protocol had, audit by audit (newest first): the principle, the perspective,
 * the rating, its evidence, and who rated it when. The newest audit is open; older ones expand.
 */
@Component({
  selector: 'rcp-protocol-ratings-section',
  imports: [RouterLink],
  template: `
    <section aria-labelledby="ratings-heading" data-testid="protocol-ratings">
      <h2 id="ratings-heading">Ratings and evidence</h2>
      @if (newestFirst().length === 0) {
        <p>No audit has covered this protocol yet.</p>
      }
      @for (audit of newestFirst(); track audit.auditId; let first = $first) {
        <h3 class="story-audit__heading">
          {{ audit.label }}
          <span class="story-muted">({{ audit.status === 'draft' ? 'draft' : 'submitted' }})</span>
        </h3>
        <p>
          <a [routerLink]="['/audits', audit.auditId]">Open the audit {{ audit.label }}</a>
        </p>
        <details class="story-audit" [open]="first">
          <summary>
            {{ audit.ratings.length }} {{ audit.ratings.length === 1 ? 'rating' : 'ratings' }} in
            {{ audit.label }}
          </summary>
          @if (audit.ratings.length === 0) {
            <p>Nothing was rated for this protocol in this audit.</p>
          } @else {
            <div
              class="table-scroll"
              tabindex="0"
              role="region"
              [attr.aria-labelledby]="'ratings-caption-' + audit.auditId"
            >
              <table class="data-table">
                <caption [id]="'ratings-caption-' + audit.auditId" class="story-caption">
                  Ratings of this protocol in
                  {{
                    audit.label
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Principle</th>
                    <th scope="col">Perspective</th>
                    <th scope="col" class="num">Rating</th>
                    <th scope="col">Evidence</th>
                    <th scope="col">Rated by</th>
                  </tr>
                </thead>
                <tbody>
                  @for (r of audit.ratings; track r.principleKey + r.perspective) {
                    <tr>
                      <th scope="row">{{ r.principleTitle }}</th>
                      <td>{{ perspectiveLabel(r.perspective) }}</td>
                      <td class="num">{{ ratingText(r.value) }}</td>
                      <td>
                        @if (r.evidenceText) {
                          {{ r.evidenceText }}
                          @if (r.evidenceDate) {
                            <span class="story-muted">({{ formatDate(r.evidenceDate) }})</span>
                          }
                          @if (r.evidenceUrl) {
                            <a [href]="r.evidenceUrl" rel="noopener noreferrer" target="_blank"
                              >Source<span class="visually-hidden">
                                of the evidence (opens in a new tab)</span
                              ></a
                            >
                          }
                        } @else {
                          <span class="story-muted">None given</span>
                        }
                      </td>
                      <td>
                        {{ r.ratedBy ?? 'Unknown' }},
                        <time [attr.datetime]="r.ratedAt">{{ formatDateTime(r.ratedAt) }}</time>
                        @if (r.carriedForward) {
                          <span class="story-muted">(carried forward)</span>
                        }
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          }
        </details>
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
export class ProtocolRatingsSection {
  readonly audits = input.required<readonly ProtocolAuditStory[]>();

  protected readonly newestFirst = computed(() => [...this.audits()].reverse());
  protected readonly ratingText = ratingText;
  protected readonly perspectiveLabel = perspectiveLabel;
  protected readonly formatDate = formatDate;
  protected readonly formatDateTime = formatDateTime;
}
