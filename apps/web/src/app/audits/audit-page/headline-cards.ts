import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { type AuditHeadline } from '@rcp/api-contract';
import { PERSPECTIVE_LABELS } from '@rcp/vocabulary';
import type { AuditSummary, PerspectiveGaps } from '@rcp/scoring';
import { provisionalNote } from '../model/provisional';
import { CLASS_WORDS, formatGap, formatPercent, formatScore } from '../model/rating-text';

/**
 * The audit's headline figures: council index (provisional or not), coverage, class shares,
 * mismatches, protocol load, the wider environment apart, and the gap between perspectives.
 */
@Component({
  selector: 'rcp-headline-cards',
  template: `
    <section class="headline" aria-labelledby="headline-title" data-testid="headline">
      <h2 id="headline-title" class="headline__title">
        {{ stored() ? 'Scores stored when the audit was submitted' : 'Scores so far' }}
      </h2>
      <p class="hint">
        @if (stored()) {
          The audit is locked; these are the numbers it was submitted with.
        } @else {
          Worked out as you rate, with the same scoring method the server uses (leadership’s
          ratings; see “How RCP Audit scores protocols”).
        }
      </p>
      <div class="headline__cards">
        <div class="headline__card headline__card--main">
          <h3>Council index</h3>
          <p class="headline__value" data-testid="council-index">{{ index() }}</p>
          <p class="headline__note" data-testid="council-index-status">{{ provisionalNote() }}</p>
        </div>
        <div class="headline__card">
          <h3>Coverage</h3>
          <p class="headline__value" data-testid="coverage">{{ coverage() }}</p>
          <p class="headline__note">of the register’s principles rated or marked N/A</p>
        </div>
        <div class="headline__card">
          <h3>Protocols</h3>
          <p class="headline__value" data-testid="protocol-load">{{ headline().protocolLoad }}</p>
          <p class="headline__note">{{ loadNote() }}</p>
        </div>
        <div class="headline__card">
          <h3>Mismatches</h3>
          <p class="headline__value" data-testid="mismatches">{{ headline().mismatchCount }}</p>
          <p class="headline__note">relational needs governed by inhibiting rules</p>
        </div>
        @if (summary(); as s) {
          <div class="headline__card headline__card--wide">
            <h3>Protocols by class</h3>
            <p class="headline__note" data-testid="class-counts-scope">
              Of {{ headline().protocolLoad }} organisational protocols; the wider environment is
              reported apart.
            </p>
            <ul class="headline__shares">
              @for (c of classes; track c[0]) {
                <li>
                  <span>{{ c[1] }}</span>
                  <strong>{{ share(s, c[0]) }}</strong>
                  <span class="hint">({{ s.classShares[c[0]].count }})</span>
                </li>
              }
            </ul>
          </div>
        }
      </div>
      <div class="headline__cards headline__cards--apart">
        <div class="headline__card">
          <h3>Wider environment index</h3>
          <p class="headline__value" data-testid="wider-index">
            {{ wider() }}
          </p>
          <p class="headline__note">
            Reported apart: conditions the council shapes but does not control.
          </p>
        </div>
        @if (gaps(); as g) {
          <div class="headline__card headline__card--wide">
            <h3>Gap between perspectives</h3>
            <p class="headline__value" data-testid="perspective-gap">
              {{ g.gap ? gapSize(g.gap.size) : '–' }}
            </p>
            <ul class="headline__perspectives">
              @for (p of g.perspectives; track p.perspective) {
                <li>
                  {{ labels[p.perspective] }}: <strong>{{ score(p.summary.index) }}</strong>
                  <span class="hint"> ({{ percent(p.summary.coverage) }} covered)</span>
                </li>
              }
            </ul>
          </div>
        }
      </div>
    </section>
  `,
  styles: `
    .headline__title {
      margin: 0;
      font-size: 1.25rem;
    }
    .headline__cards {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
      gap: 0.75rem;
      margin-bottom: 0.75rem;
    }
    .headline__card {
      background: var(--rcp-surface);
      border: 1px solid #c4c6d0;
      border-left: 5px solid var(--rcp-brand);
      border-radius: 6px;
      padding: 0.5rem 0.75rem;
      h3 {
        margin: 0;
        font-size: 0.95rem;
      }
      p {
        margin: 0;
      }
    }
    .headline__card--wide {
      grid-column: span 2;
      @media (max-width: 30rem) {
        grid-column: auto;
      }
    }
    .headline__cards--apart .headline__card {
      border-left-color: var(--rcp-neutral);
    }
    .headline__value {
      font-size: 1.75rem;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
    }
    .headline__note {
      font-size: 0.875rem;
      color: var(--rcp-muted);
    }
    .headline__perspectives {
      margin: 0.25rem 0 0;
      padding-left: 1.1rem;
    }
    .headline__shares {
      list-style: none;
      margin: 0.25rem 0 0;
      padding: 0;
      li {
        display: flex;
        gap: 0.5rem;
        flex-wrap: wrap;
      }
      span:first-child {
        min-width: 7rem;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HeadlineCards {
  readonly headline = input.required<AuditHeadline>();
  /** The live summary, for class shares (null when not available). */
  readonly summary = input<AuditSummary | null>(null);
  readonly gaps = input<PerspectiveGaps | null>(null);
  /** True for a submitted audit: the numbers are the stored ones. */
  readonly stored = input(false);
  /** Coverage below which the index is provisional, 0…1. */
  readonly provisionalBelow = input(0.8);

  protected readonly labels = PERSPECTIVE_LABELS;
  protected readonly classes = Object.entries(CLASS_WORDS) as Array<
    [keyof AuditSummary['classShares'], string]
  >;
  protected readonly index = computed(() => formatScore(this.headline().index));
  protected readonly coverage = computed(() => formatPercent(this.headline().coverage));
  protected readonly loadNote = computed(() => {
    const wider = this.headline().widerProtocolLoad;
    const base = 'organisational protocols in this audit (protocol load)';
    return wider > 0 ? `${base}; ${wider} in the wider environment reported apart` : base;
  });
  protected readonly wider = computed(() =>
    this.headline().widerIndex === null ? 'No score' : formatScore(this.headline().widerIndex),
  );
  protected readonly threshold = computed(() => formatPercent(this.provisionalBelow()));
  protected readonly provisionalNote = computed(() =>
    provisionalNote(this.stored() ? 'submitted' : 'draft', this.headline(), this.threshold()),
  );

  protected share(s: AuditSummary, key: keyof AuditSummary['classShares']): string {
    return formatPercent(s.classShares[key].share);
  }

  protected score(x: number | null): string {
    return formatScore(x);
  }

  protected percent(x: number): string {
    return formatPercent(x);
  }

  protected gapSize(x: number): string {
    return formatGap(x);
  }
}
