import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { PERSPECTIVE_LABELS } from '@rcp/api-contract';
import type { RatingEdit } from '../model/autosave';
import type { CellDifference } from '../model/conflicts';
import { ratingInWords, RatingWords } from '../model/rating-text';
import type { ConflictState } from './audit-editor';

/** Lines shown per list before "and N more". */
const MAX_LINES = 30;

interface Line {
  readonly key: string;
  readonly where: string;
  readonly text: string;
}

/**
 * Shown when someone else saved the audit first: which cells they changed, next to the person's
 * own unsaved changes, and the two ways on. Nothing is overwritten until the person chooses.
 */
@Component({
  selector: 'rcp-conflict-panel',
  imports: [MatButtonModule],
  template: `
    <section
      class="conflict"
      role="alert"
      aria-labelledby="conflict-title"
      tabindex="-1"
      data-testid="conflict-panel"
    >
      <h2 id="conflict-title" class="conflict__title">Someone else changed this audit</h2>
      @if (state().error; as e) {
        <p>{{ e }}</p>
      } @else if (!state().diff) {
        <p>Your changes are not saved yet. Fetching their version to compare…</p>
      } @else {
        <p>
          Your changes have not been saved: the audit was saved by someone else after you opened it.
          Nothing has been overwritten.
        </p>
        @if (submitted()) {
          <p><strong>The audit has been submitted and is locked.</strong></p>
        }
        <h3>Changed by someone else ({{ theirs().total }})</h3>
        @if (theirs().total === 0) {
          <p>No ratings (the audit itself changed).</p>
        } @else {
          <ul>
            @for (line of theirs().lines; track line.key) {
              <li>
                <strong>{{ line.where }}</strong
                >: {{ line.text }}
              </li>
            }
            @if (theirs().more > 0) {
              <li>and {{ theirs().more }} more</li>
            }
          </ul>
        }
        <h3>Your unsaved changes ({{ mine().total }})</h3>
        @if (mine().total === 0) {
          <p>None.</p>
        } @else {
          <ul>
            @for (line of mine().lines; track line.key) {
              <li>
                <strong>{{ line.where }}</strong
                >: {{ line.text }}
              </li>
            }
            @if (mine().more > 0) {
              <li>and {{ mine().more }} more</li>
            }
          </ul>
        }
        @if (bothChanged() > 0 && !submitted()) {
          <p>
            You both changed {{ bothChanged() }} {{ bothChanged() === 1 ? 'cell' : 'cells' }}:
            re-applying your changes replaces theirs there.
          </p>
        }
      }
      <div class="button-row">
        <button
          matButton="filled"
          type="button"
          [disabled]="!state().fresh"
          (click)="reloadTheirs.emit()"
        >
          Reload their version (discard mine)
        </button>
        @if (!submitted()) {
          <button
            matButton="outlined"
            type="button"
            [disabled]="!state().fresh || mine().total === 0"
            (click)="reapplyMine.emit()"
          >
            Re-apply my changes on top
          </button>
        }
      </div>
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
      h3 {
        font-size: 1rem;
        margin: 0.75rem 0 0.25rem;
      }
      ul {
        margin: 0;
        padding-left: 1.25rem;
      }
    }
    .conflict__title {
      margin: 0 0 0.5rem;
      font-size: 1.25rem;
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

  readonly reloadTheirs = output<void>();
  readonly reapplyMine = output<void>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  protected readonly submitted = computed(() => this.state().fresh?.status === 'submitted');
  protected readonly bothChanged = computed(() => this.state().diff?.bothChanged ?? 0);

  protected readonly theirs = computed(() =>
    this.lines(this.state().diff?.changedByThem ?? [], (c) => {
      let text = `${this.rating(c.before)} → ${this.rating(c.theirs)}`;
      if (c.mine) text += `; yours: ${this.edit(c.mine)}`;
      return text;
    }),
  );

  protected readonly mine = computed(() => {
    const diff = this.state().diff;
    const all = [...(diff?.changedByThem.filter((c) => c.mine) ?? []), ...(diff?.mineOnly ?? [])];
    return this.lines(all, (c) => `${this.rating(c.before)} → ${this.edit(c.mine)}`);
  });

  constructor() {
    // Take focus once, so keyboard users land on the choice; the alert role announces it.
    afterNextRender(() => this.host.nativeElement.querySelector<HTMLElement>('.conflict')?.focus());
  }

  private lines(cells: readonly CellDifference[], text: (c: CellDifference) => string) {
    const lines: Line[] = cells.slice(0, MAX_LINES).map((c) => ({
      key: c.key,
      where: this.where(c),
      text: text(c),
    }));
    return { lines, total: cells.length, more: Math.max(0, cells.length - MAX_LINES) };
  }

  private where(c: CellDifference): string {
    const protocol = this.protocolNames().get(c.protocolId) ?? 'A protocol';
    const principle = this.principleTitles().get(c.principleKey) ?? c.principleKey;
    const who = this.showPerspective() ? ` (${PERSPECTIVE_LABELS[c.perspective]})` : '';
    return `${protocol}, ${principle}${who}`;
  }

  private rating(r: CellDifference['before']): string {
    if (!r) return 'Not rated';
    let text = ratingInWords(r.value, this.words());
    if (r.carriedForward) text += ' (carried forward)';
    return text;
  }

  private edit(e: RatingEdit | undefined): string {
    if (!e) return '';
    if (e.clear) return 'Not rated';
    return ratingInWords(e.value, this.words()) + (e.evidence ? ', with evidence' : '');
  }
}
