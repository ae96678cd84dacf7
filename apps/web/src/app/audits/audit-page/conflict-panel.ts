import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatRadioModule } from '@angular/material/radio';
import { type AuditRating } from '@rcp/api-contract';
import { PERSPECTIVE_LABELS } from '@rcp/vocabulary';
import type { RatingEdit } from '../model/autosave';
import { allChosen, type CellConflict, type ConflictChoice } from '../model/conflicts';
import { formatDateTime, ratingInWords, RatingWords } from '../model/rating-text';
import type { ConflictState } from './audit-editor';

/**
 * Shown when someone else changed ratings the person changed too: for each such cell, who changed
 * it, when, from what to what, next to the person's own value, and a choice: keep mine or take
 * theirs. Nothing is chosen for them; their other unsaved changes are kept either way.
 */
@Component({
  selector: 'rcp-conflict-panel',
  imports: [MatButtonModule, MatRadioModule],
  template: `
    <section
      class="conflict"
      role="alert"
      aria-labelledby="conflict-title"
      tabindex="-1"
      data-testid="conflict-panel"
    >
      <h2 id="conflict-title" class="conflict__title">
        @if (state().cells.length > 0) {
          Someone else changed
          {{ state().cells.length === 1 ? 'a rating' : state().cells.length + ' ratings' }} you
          changed
        } @else {
          This audit changed
        }
      </h2>
      <p>{{ state().message }} Nothing has been overwritten.</p>
      @if (state().error; as e) {
        <p>{{ e }}</p>
      } @else if (!state().fresh) {
        <p>Fetching the audit as it is now…</p>
      } @else if (locked()) {
        <p>
          <strong>The audit has been submitted and is locked</strong>, so your
          {{ state().unsaved }} unsaved {{ state().unsaved === 1 ? 'change' : 'changes' }} cannot be
          saved. The council lead can reopen it.
        </p>
      } @else {
        @for (cell of state().cells; track cell.key) {
          <fieldset class="conflict__cell" [attr.data-testid]="'conflict-' + cell.key">
            <legend>{{ where(cell) }}</legend>
            <p>
              {{ who(cell) }} changed it {{ when(cell) }}: {{ rating(cell.before) }} →
              <strong>{{ rating(cell.theirs) }}</strong
              >. You changed it to <strong>{{ edit(cell.mine) }}</strong
              >.
            </p>
            <mat-radio-group
              [attr.aria-label]="'Which rating to keep for ' + where(cell)"
              [value]="choices().get(cell.key) ?? null"
              (change)="choose(cell.key, $event.value)"
            >
              <mat-radio-button value="mine">Keep mine ({{ edit(cell.mine) }})</mat-radio-button>
              <mat-radio-button value="theirs">
                Take theirs ({{ rating(cell.theirs) }})
              </mat-radio-button>
            </mat-radio-group>
          </fieldset>
        }
        @if (state().cells.length > 1) {
          <div class="button-row">
            <button matButton type="button" (click)="chooseAll('mine')">Keep all mine</button>
            <button matButton type="button" (click)="chooseAll('theirs')">Take all theirs</button>
          </div>
        }
        @if (otherUnsaved() > 0) {
          <p>
            Your {{ otherUnsaved() }} other unsaved
            {{ otherUnsaved() === 1 ? 'change does' : 'changes do' }} not clash with anyone's and
            will be saved too.
          </p>
        }
      }
      <div class="button-row">
        @if (!locked() && state().fresh) {
          <button
            matButton="filled"
            type="button"
            [disabled]="!ready()"
            (click)="resolve.emit(choices())"
          >
            Save with these choices
          </button>
        }
        <button
          matButton="outlined"
          type="button"
          [disabled]="!state().fresh"
          (click)="discardAll.emit()"
        >
          Discard all my unsaved changes ({{ state().unsaved }})
        </button>
      </div>
      @if (!ready() && !locked() && state().fresh && state().cells.length > 0) {
        <p class="hint">Choose which rating to keep for each cell to save.</p>
      }
    </section>
  `,
  styles: `
    .conflict {
      border: 5px solid var(--rcp-error);
      background: var(--rcp-surface);
      padding: 0.75rem 1.25rem;
      margin-bottom: 1rem;
      &:focus {
        outline: 3px solid var(--rcp-focus);
      }
    }
    .conflict__title {
      margin: 0 0 0.5rem;
      font-size: 1.25rem;
    }
    .conflict__cell {
      border: 1px solid var(--rcp-border, #6f777b);
      margin: 0 0 0.75rem;
      padding: 0.5rem 1rem;
      legend {
        font-weight: 700;
        padding: 0 0.25rem;
      }
      p {
        margin: 0.25rem 0 0.5rem;
      }
      mat-radio-group {
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1.5rem;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConflictPanel {
  readonly state = input.required<ConflictState>();
  readonly protocolNames = input.required<ReadonlyMap<string, string>>();
  readonly principleTitles = input.required<ReadonlyMap<string, string>>();
  readonly words = input.required<RatingWords>();
  /** Show the perspective of each cell (the audit collects more than one). */
  readonly showPerspective = input(false);

  readonly resolve = output<ReadonlyMap<string, ConflictChoice>>();
  readonly discardAll = output<void>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly choices = signal<ReadonlyMap<string, ConflictChoice>>(new Map());

  protected readonly locked = computed(() => this.state().fresh?.status === 'submitted');
  protected readonly ready = computed(() => allChosen(this.state().cells, this.choices()));
  protected readonly otherUnsaved = computed(
    () => this.state().unsaved - this.state().cells.filter((c) => c.mine).length,
  );

  constructor() {
    // Take focus once, so keyboard users land on the choice; the alert role announces it.
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.conflict')?.focus());
  }

  protected choose(key: string, choice: ConflictChoice): void {
    this.choices.update((c) => new Map(c).set(key, choice));
  }

  protected chooseAll(choice: ConflictChoice): void {
    this.choices.set(new Map(this.state().cells.map((c) => [c.key, choice])));
  }

  protected where(c: CellConflict): string {
    const protocol = this.protocolNames().get(c.protocolId) ?? 'A protocol';
    const principle = this.principleTitles().get(c.principleKey) ?? c.principleKey;
    const perspective = this.showPerspective() ? ` (${PERSPECTIVE_LABELS[c.perspective]})` : '';
    return `${protocol}, ${principle}${perspective}`;
  }

  protected who(c: CellConflict): string {
    return c.changedBy ? `${c.changedBy.name} (${c.changedBy.email})` : 'Someone';
  }

  protected when(c: CellConflict): string {
    return `on ${formatDateTime(c.changedAt)}`;
  }

  protected rating(r: AuditRating | null): string {
    if (!r) return 'Not rated';
    let text = ratingInWords(r.value, this.words());
    if (r.evidence) text += ', with evidence';
    if (r.carriedForward) text += ' (carried forward)';
    return text;
  }

  protected edit(e: RatingEdit | undefined): string {
    if (!e) return 'your earlier value';
    if (e.clear) return 'Not rated';
    return ratingInWords(e.value, this.words()) + (e.evidence ? ', with evidence' : '');
  }
}
