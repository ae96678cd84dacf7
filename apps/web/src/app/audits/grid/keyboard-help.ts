import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** The grid's keyboard shortcuts, as a visible panel (toggled by the grid's "Keyboard shortcuts"). */
@Component({
  selector: 'rcp-keyboard-help',
  template: `
    <h3 class="keyboard-help__title" [id]="headingId()" tabindex="-1">Keyboard shortcuts</h3>
    <div class="keyboard-help__columns">
      <div>
        <h4>Moving</h4>
        <dl class="keyboard-help__list">
          <div>
            <dt><kbd>Tab</kbd></dt>
            <dd>Into the grid, to the cell you were on; again to leave it</dd>
          </div>
          <div>
            <dt><kbd>←</kbd> <kbd>→</kbd> <kbd>↑</kbd> <kbd>↓</kbd></dt>
            <dd>Next cell, skipping principles that do not apply</dd>
          </div>
          <div>
            <dt><kbd>Home</kbd> / <kbd>End</kbd></dt>
            <dd>Start / end of the row</dd>
          </div>
          <div>
            <dt><kbd>Ctrl</kbd>+<kbd>Home</kbd> / <kbd>End</kbd></dt>
            <dd>First / last cell of the grid</dd>
          </div>
          <div>
            <dt><kbd>Page Up</kbd> / <kbd>Page Down</kbd></dt>
            <dd>10 rows up / down</dd>
          </div>
        </dl>
      </div>
      @if (!readOnly()) {
        <div>
          <h4>Rating</h4>
          <dl class="keyboard-help__list">
            <div>
              <dt><kbd>2</kbd> <kbd>1</kbd> <kbd>0</kbd></dt>
              <dd>+2 strongly enables, +1 enables, 0 no effect</dd>
            </div>
            <div>
              <dt><kbd>-</kbd> then <kbd>1</kbd> or <kbd>2</kbd></dt>
              <dd>−1 inhibits, −2 strongly inhibits (type it like a negative number)</dd>
            </div>
            <div>
              <dt><kbd>N</kbd></dt>
              <dd>Not applicable (left out of the score)</dd>
            </div>
            <div>
              <dt><kbd>Delete</kbd> or <kbd>Backspace</kbd></dt>
              <dd>Clear the rating (not rated)</dd>
            </div>
            <div>
              <dt><kbd>Enter</kbd></dt>
              <dd>Rating and evidence dialog (on the protocol's name: confirm the row)</dd>
            </div>
            <div>
              <dt><kbd>C</kbd></dt>
              <dd>Confirm all carried-forward ratings in the row</dd>
            </div>
            <div>
              <dt><kbd>Esc</kbd></dt>
              <dd>Close a dialog, back to the cell</dd>
            </div>
          </dl>
          <p class="hint">
            −2 and +2, and a change between enabling and inhibiting, need evidence given for that
            rating: the dialog opens for it, and the rating is saved only with it. Evidence for an
            earlier rating is never reused. Changes save by themselves a moment after you stop
            typing.
          </p>
        </div>
      } @else {
        <p class="hint">This audit is read-only for you: the keys move between cells.</p>
      }
    </div>
  `,
  // The panel's look (it was in the grid's styles).
  styles: `
    :host {
      display: block;
      background: var(--rcp-surface);
      border: 1px solid #c4c6d0;
      border-radius: 8px;
      padding: 0.75rem 1rem;
      margin-bottom: 0.75rem;
      .keyboard-help__title {
        margin: 0 0 0.5rem;
        font-size: 1.1rem;
      }
      h4 {
        margin: 0.25rem 0;
      }
      .keyboard-help__columns {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 22rem), 1fr));
        gap: 0 2rem;
      }
      .keyboard-help__list {
        margin: 0;
        font-size: 0.9rem;
        div {
          display: flex;
          flex-wrap: wrap;
          gap: 0 0.75rem;
          padding: 0.1rem 0;
        }
        dt {
          flex: 0 0 10rem;
          font-weight: 700;
        }
        dd {
          margin: 0;
          flex: 1 1 12rem;
        }
      }
      kbd {
        font-family: inherit;
        border: 1px solid var(--rcp-border);
        border-bottom-width: 2px;
        border-radius: 3px;
        padding: 0 0.3rem;
        background: var(--rcp-surface-alt);
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KeyboardHelp {
  readonly readOnly = input(false);
  readonly headingId = input('keyboard-help-title');
}
