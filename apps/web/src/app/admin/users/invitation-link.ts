import { DatePipe } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DOCUMENT,
  inject,
  input,
  output,
  viewChild,
} from '@angular/core';
import { Invitation } from '@rcp/api-contract';
import { ROLE_LABELS } from '@rcp/vocabulary';
import { ShownOncePanel } from '../../shared/shown-once/shown-once-panel';

/**
 * The single-use link of a new invitation, to pass on by hand (there is no mail server). It is
 * shown once: the server does not give it out again.
 */
@Component({
  selector: 'rcp-invitation-link',
  imports: [DatePipe, ShownOncePanel],
  template: `
    <rcp-shown-once-panel
      panelId="invitation-link"
      [heading]="'Invitation created for ' + invitation().displayName"
      [value]="url()"
      valueTestId="invitation-url"
      copyLabel="Copy link"
      dismissLabel="Done"
      copiedMessage="Link copied. Paste it into an email or message to the person."
      notCopiedMessage="The link could not be copied. Select it and copy it yourself."
      (dismissed)="dismissed.emit()"
    >
      <p before-value>{{ summary() }}</p>
      <p before-value>
        <strong>There is no email service: send this link to the person yourself.</strong>
      </p>
      <p>
        The link works once, until {{ invitation().expiresAt | date: 'd MMMM y, HH:mm' }}. It is not
        shown again: copy it now.
      </p>
    </rcp-shown-once-panel>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InvitationLink {
  private readonly document = inject(DOCUMENT);
  private readonly panel = viewChild.required(ShownOncePanel);

  readonly invitation = input.required<Invitation>();
  readonly dismissed = output<void>();

  protected readonly summary = computed(() => {
    const inv = this.invitation();
    const council = inv.councilName ? ` of ${inv.councilName}` : '';
    return `${inv.email} is invited as ${ROLE_LABELS[inv.role]}${council}.`;
  });
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
    this.panel().focus();
  }
}
