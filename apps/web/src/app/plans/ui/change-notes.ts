import { ChangeDetectionStrategy, Component, input, model, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { PlanChangeDetail } from '@rcp/api-contract';
import { PLAN_CHANGE_STATUS_LABELS } from '@rcp/vocabulary';
import { formatWhen } from '../model/change-form-text';

/** A saved change's notes (with a box to add one, for its writers) and its status history. */
@Component({
  selector: 'rcp-change-notes',
  imports: [MatButtonModule],
  template: `
    @let d = change();
    <section aria-labelledby="notes-heading" class="change__notes">
      <h2 id="notes-heading">Notes</h2>
      @if (d.notes.length === 0) {
        <p>No notes yet.</p>
      } @else {
        <ol class="change__list">
          @for (n of d.notes; track n.id) {
            <li>
              <p class="hint">{{ n.author?.displayName ?? 'Someone' }}, {{ when(n.createdAt) }}</p>
              <p>{{ n.text }}</p>
            </li>
          }
        </ol>
      }
      @if (canWrite()) {
        <div class="field">
          <label for="note">Add a note</label>
          <textarea id="note" rows="3" [value]="text()" (input)="setText($event)"></textarea>
        </div>
        <button matButton="outlined" type="button" (click)="add.emit()" [disabled]="saving()">
          Add note
        </button>
      }
    </section>
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">Status history</h2>
      <ol class="change__list">
        @for (h of d.statusHistory; track $index) {
          <li>
            {{ h.from ? statusLabels[h.from] + ' → ' : '' }}{{ statusLabels[h.to] }} —
            {{ h.changedBy?.displayName ?? 'Someone' }}, {{ when(h.changedAt) }}
          </li>
        }
      </ol>
    </section>
  `,
  styles: `
    .field {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      margin-bottom: 1rem;
      max-width: 30rem;
      label {
        font-weight: 700;
        margin: 0;
      }
      textarea {
        font: inherit;
        padding: 0.4rem;
        border: 2px solid var(--rcp-border);
        border-radius: 4px;
        max-width: 100%;
        box-sizing: border-box;
      }
    }
    .change__list {
      padding-left: 1.25rem;
      li {
        margin-bottom: 0.5rem;
      }
      p {
        margin: 0;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangeNotes {
  readonly change = input.required<PlanChangeDetail>();
  /** Whether the signed-in person may add a note. */
  readonly canWrite = input(false);
  readonly saving = input(false);
  /** The note being written. */
  readonly text = model('');
  /** The writer asks to add the note in `text`. */
  readonly add = output<void>();

  protected readonly statusLabels = PLAN_CHANGE_STATUS_LABELS;
  protected setText(event: Event): void {
    this.text.set((event.target as HTMLTextAreaElement).value);
  }
  protected when(iso: string): string {
    return formatWhen(iso);
  }
}
