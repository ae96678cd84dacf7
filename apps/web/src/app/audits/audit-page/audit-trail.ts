import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  OnInit,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { AuditTrailEntry } from '@rcp/api-contract';
import { toErrorBody } from '../../shared/forms/api-error';
import { AuditsApi } from '../data-access/audits-api';
import { formatDateTime } from '../model/rating-text';
import { describeTrailEntry, newestFirst, TrailNames } from '../model/trail-text';

const PAGE = 50;

/** Every change to the audit, newest first: who, when, and what changed, in words. */
@Component({
  selector: 'rcp-audit-trail',
  imports: [MatButtonModule],
  template: `
    <section aria-labelledby="trail-title" class="trail">
      <div class="trail__head">
        <h2 id="trail-title" class="trail__title">Changes to this audit</h2>
        <button matButton="outlined" type="button" (click)="load()">Refresh</button>
      </div>
      <p role="status" class="trail__status">{{ status() }}</p>
      @if (error(); as e) {
        <p class="load-error" role="alert">{{ e }}</p>
      } @else if (entries(); as all) {
        @if (all.length === 0) {
          <p>No changes yet.</p>
        } @else {
          <div class="table-scroll" role="region" aria-labelledby="trail-title" tabindex="0">
            <table class="data-table" data-testid="trail-table">
              <thead>
                <tr>
                  <th scope="col">When</th>
                  <th scope="col">Who</th>
                  <th scope="col">Which rating</th>
                  <th scope="col">What changed</th>
                </tr>
              </thead>
              <tbody>
                @for (line of shown(); track line.id) {
                  <tr>
                    <td>{{ when(line.occurredAt) }}</td>
                    <td>{{ line.who }}</td>
                    <td>{{ line.subject }}</td>
                    <td>{{ line.change }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
          @if (all.length > limit()) {
            <button matButton="outlined" type="button" (click)="more()">
              Show {{ nextCount() }} older changes
            </button>
          }
        }
      }
    </section>
  `,
  styles: `
    .trail__head {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 1rem;
      align-items: center;
      justify-content: space-between;
    }
    .trail__title {
      margin: 0;
      font-size: 1.25rem;
    }
    .trail__status {
      min-height: 1.5rem;
      margin: 0.25rem 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AuditTrail implements OnInit {
  private readonly api = inject(AuditsApi);

  readonly auditId = input.required<string>();
  readonly names = input.required<TrailNames>();

  protected readonly entries = signal<AuditTrailEntry[] | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly status = signal('');
  protected readonly limit = signal(PAGE);

  protected readonly lines = computed(() =>
    (this.entries() ?? []).map((e) => describeTrailEntry(e, this.names())),
  );
  protected readonly shown = computed(() => this.lines().slice(0, this.limit()));
  protected readonly nextCount = computed(() =>
    Math.min(PAGE, (this.entries()?.length ?? 0) - this.limit()),
  );

  ngOnInit(): void {
    this.load();
  }

  load(): void {
    this.error.set(null);
    this.status.set('Loading the changes…');
    this.api.trail(this.auditId()).subscribe({
      next: (entries) => {
        this.entries.set(newestFirst(entries));
        this.status.set(
          `${entries.length} ${entries.length === 1 ? 'change' : 'changes'}, newest first.`,
        );
      },
      error: (error: unknown) => {
        this.status.set('');
        this.error.set(
          toErrorBody(error, 'The changes cannot be shown right now. Try again later.').message,
        );
      },
    });
  }

  protected more(): void {
    this.limit.update((n) => n + PAGE);
  }

  protected when(iso: string): string {
    return formatDateTime(iso);
  }
}
