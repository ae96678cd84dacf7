import { Clipboard } from '@angular/cdk/clipboard';
import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  ElementRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Invitation } from '@rcp/api-contract';
import { ROLE_LABELS } from '@rcp/vocabulary';

/**
 * The single-use link of a new invitation, to pass on by hand (there is no mail server), with a
 * button that copies it. It is shown once: the server does not give it out again.
 */
@Component({
  selector: 'rcp-invitation-link',
  imports: [MatButtonModule, DatePipe],
  template: `
    <section
      class="invitation-link card"
      aria-labelledby="invitation-link-heading"
      tabindex="-1"
      data-testid="invitation-link"
    >
      <h2 id="invitation-link-heading">Invitation created for {{ invitation().displayName }}</h2>
      <p>{{ summary() }}</p>
      <p><strong>There is no email service: send this link to the person yourself.</strong></p>
      <p class="invitation-link__url" id="invitation-link-url" data-testid="invitation-url">
        {{ url() }}
      </p>
      <p>
        The link works once, until {{ invitation().expiresAt | date: 'd MMMM y, HH:mm' }}. It is not
        shown again: copy it now.
      </p>
      <div class="button-row">
        <button
          matButton="filled"
          type="button"
          aria-describedby="invitation-link-url"
          (click)="copy()"
        >
          Copy link
        </button>
        <button matButton="outlined" type="button" (click)="dismissed.emit()">Done</button>
      </div>
      <p role="status" class="invitation-link__copied">{{ copyStatus() }}</p>
    </section>
  `,
  styles: `
    .invitation-link {
      border-left: 6px solid var(--rcp-brand);
      &:focus {
        outline: 3px solid var(--rcp-focus);
      }
    }
    .invitation-link__url {
      font-family: ui-monospace, 'Cascadia Mono', Consolas, monospace;
      background: var(--rcp-surface-alt);
      padding: 0.5rem 0.75rem;
      overflow-wrap: anywhere;
      user-select: all;
    }
    .invitation-link__copied {
      font-weight: 700;
      margin: 0;
      min-height: 1.5em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvitationLink {
  private readonly clipboard = inject(Clipboard);
  private readonly document = inject(DOCUMENT);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly invitation = input.required<Invitation>();
  readonly dismissed = output<void>();

  protected readonly summary = computed(() => {
    const inv = this.invitation();
    const council = inv.councilName ? ` of ${inv.councilName}` : '';
    return `${inv.email} is invited as ${ROLE_LABELS[inv.role]}${council}.`;
  });
  protected readonly copyStatus = signal('');
  /** The link as a full address (the server may give a path). */
  protected readonly url = computed(() => {
    const link = this.invitation().acceptUrl ?? '';
    try {
      return new URL(link, this.document.baseURI).href;
    } catch {
      return link;
    }
  });

  /** Moves focus here, so the person hears that the invitation was made. */
  focus(): void {
    setTimeout(() =>
      this.host.nativeElement.querySelector<HTMLElement>('.invitation-link')?.focus(),
    );
  }

  protected async copy(): Promise<void> {
    const text = this.url();
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
        ? 'Link copied. Paste it into an email or message to the person.'
        : 'The link could not be copied. Select it and copy it yourself.',
    );
  }
}
