import { Clipboard } from '@angular/cdk/clipboard';
import { DatePipe } from '@angular/common';
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
import { CreatedApiToken } from '@rcp/api-contract';

/**
 * A new token's secret, shown this once (the server keeps only a hash), with a copy button and a
 * plain warning. Focus comes here after creation, so screen reader users hear it at once.
 */
@Component({
  selector: 'rcp-api-token-secret',
  imports: [MatButtonModule, DatePipe],
  template: `
    <section
      class="token-secret card"
      aria-labelledby="token-secret-heading"
      tabindex="-1"
      data-testid="token-secret"
    >
      <h2 id="token-secret-heading">Token “{{ token().name }}” created</h2>
      <p class="token-secret__warning">
        <strong
          >Copy this token now. It is shown only once: nobody, not even the network coordinator, can
          see it again.</strong
        >
      </p>
      <p
        class="token-secret__value"
        id="token-secret-value"
        data-testid="token-secret-value"
        aria-label="The token"
      >
        {{ token().token }}
      </p>
      <p>
        It reads data only, until {{ token().expiresAt | date: 'd MMMM y, HH:mm' }}. Keep it like a
        password: anyone who has it can read {{ scope() }}. Send it as the header
        <code>Authorization: Bearer &lt;token&gt;</code> (see the README section “API tokens”).
      </p>
      <div class="button-row">
        <button
          matButton="filled"
          type="button"
          aria-describedby="token-secret-value"
          (click)="copy()"
        >
          Copy token
        </button>
        <button matButton="outlined" type="button" (click)="dismissed.emit()">
          I have copied it
        </button>
      </div>
      <p role="status" class="token-secret__copied">{{ copyStatus() }}</p>
    </section>
  `,
  styles: `
    .token-secret {
      border-left: 6px solid var(--rcp-brand);
      &:focus {
        outline: 3px solid var(--rcp-focus);
      }
    }
    .token-secret__value {
      font-family: ui-monospace, 'Cascadia Mono', Consolas, monospace;
      background: var(--rcp-surface-alt);
      padding: 0.5rem 0.75rem;
      overflow-wrap: anywhere;
      user-select: all;
    }
    .token-secret__copied {
      font-weight: 700;
      margin: 0;
      min-height: 1.5em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApiTokenSecret {
  private readonly clipboard = inject(Clipboard);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly token = input.required<CreatedApiToken>();
  /** What the token reads, e.g. "Northfield Borough Council's data". */
  readonly scope = input.required<string>();
  readonly dismissed = output<void>();

  protected readonly copyStatus = signal('');

  focus(): void {
    setTimeout(() => this.host.nativeElement.querySelector<HTMLElement>('.token-secret')?.focus());
  }

  protected async copy(): Promise<void> {
    const text = this.token().token;
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      // No asynchronous clipboard (older browser, or permission refused): the older way.
      copied = this.clipboard.copy(text);
    }
    this.copyStatus.set(
      copied
        ? 'Token copied. Paste it into your BI tool now.'
        : 'The token could not be copied. Select it and copy it yourself.',
    );
  }
}
