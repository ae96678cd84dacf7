import { Clipboard } from '@angular/cdk/clipboard';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

/**
 * Something the server gives out once and never again (an invitation link, an API token): shown
 * in a panel that takes focus, so screen reader users hear it at once, with a copy button whose
 * outcome is announced. What it is for goes inside, as content.
 */
@Component({
  selector: 'rcp-shown-once-panel',
  imports: [MatButtonModule],
  template: `
    <section
      class="shown-once card"
      [attr.aria-labelledby]="panelId() + '-heading'"
      tabindex="-1"
      [attr.data-testid]="panelId()"
    >
      <h2 [id]="panelId() + '-heading'">{{ heading() }}</h2>
      <ng-content select="[before-value]" />
      <p
        class="shown-once__value"
        [id]="panelId() + '-value'"
        [attr.data-testid]="valueTestId()"
        [attr.aria-label]="valueLabel()"
      >
        {{ value() }}
      </p>
      <ng-content />
      <div class="button-row">
        <button
          matButton="filled"
          type="button"
          [attr.aria-describedby]="panelId() + '-value'"
          (click)="copy()"
        >
          {{ copyLabel() }}
        </button>
        <button matButton="outlined" type="button" (click)="dismissed.emit()">
          {{ dismissLabel() }}
        </button>
      </div>
      <p role="status" class="shown-once__copied">{{ copyStatus() }}</p>
    </section>
  `,
  styles: `
    .shown-once {
      border-left: 6px solid var(--rcp-brand);
      &:focus {
        outline: 3px solid var(--rcp-focus);
      }
    }
    .shown-once__value {
      font-family: ui-monospace, 'Cascadia Mono', Consolas, monospace;
      background: var(--rcp-surface-alt);
      padding: 0.5rem 0.75rem;
      overflow-wrap: anywhere;
      user-select: all;
    }
    .shown-once__copied {
      font-weight: 700;
      margin: 0;
      min-height: 1.5em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShownOncePanel {
  private readonly clipboard = inject(Clipboard);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** The panel's id and test id; its heading and value ids are derived from it. */
  readonly panelId = input.required<string>();
  readonly heading = input.required<string>();
  readonly value = input.required<string>();
  readonly valueTestId = input.required<string>();
  readonly valueLabel = input<string | null>(null);
  readonly copyLabel = input.required<string>();
  readonly dismissLabel = input.required<string>();
  /** Announced after copying, and when copying failed. */
  readonly copiedMessage = input.required<string>();
  readonly notCopiedMessage = input.required<string>();
  readonly dismissed = output<void>();

  protected readonly copyStatus = signal('');

  /** Moves focus to the panel (after it is drawn). */
  focus(): void {
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('.shown-once')?.focus());
  }

  protected async copy(): Promise<void> {
    const text = this.value();
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      // No asynchronous clipboard (older browser, or permission refused): the older way.
      copied = this.clipboard.copy(text);
    }
    this.copyStatus.set(copied ? this.copiedMessage() : this.notCopiedMessage());
  }
}
