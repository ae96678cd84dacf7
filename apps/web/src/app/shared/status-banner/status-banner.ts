import { ChangeDetectionStrategy, Component, ElementRef, inject, input } from '@angular/core';

/**
 * A role=status region that tells people an action worked ("Council added."). The region is always
 * in the page, so screen readers announce each new message; it shows only when there is one.
 */
@Component({
  selector: 'rcp-status-banner',
  host: {
    role: 'status',
    class: 'status-banner',
    '[class.status-banner--shown]': '!!message()',
    tabindex: '-1',
  },
  template: `@if (message(); as text) {
    <p class="status-banner__text">{{ text }}</p>
  }`,
  styles: `
    :host {
      display: block;
    }
    :host(.status-banner--shown) {
      border-left: 6px solid var(--rcp-ok);
      background: #e8f4ec;
      padding: 0.75rem 1rem;
      margin-bottom: 1.5rem;
    }
    :host(:focus) {
      outline: 3px solid var(--rcp-focus);
    }
    .status-banner__text {
      margin: 0;
      font-weight: 700;
      color: var(--rcp-text);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusBanner {
  readonly message = input<string | null>(null);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Moves focus to the message, for when the control that caused it has gone from the page. */
  focus(): void {
    queueMicrotask(() => this.host.nativeElement.focus());
  }
}
