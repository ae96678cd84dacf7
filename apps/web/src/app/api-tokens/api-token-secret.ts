import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, input, output, viewChild } from '@angular/core';
import { CreatedApiToken } from '@rcp/api-contract';
import { ShownOncePanel } from '../shared/shown-once/shown-once-panel';

/** A new token's secret, shown this once (the server keeps only a hash). */
@Component({
  selector: 'rcp-api-token-secret',
  imports: [DatePipe, ShownOncePanel],
  template: `
    <rcp-shown-once-panel
      panelId="token-secret"
      [heading]="'Token “' + token().name + '” created'"
      [value]="token().token"
      valueTestId="token-secret-value"
      valueLabel="The token"
      copyLabel="Copy token"
      dismissLabel="I have copied it"
      copiedMessage="Token copied. Paste it into your BI tool now."
      notCopiedMessage="The token could not be copied. Select it and copy it yourself."
      (dismissed)="dismissed.emit()"
    >
      <p before-value>
        <strong
          >Copy this token now. It is shown only once: nobody, not even the network coordinator, can
          see it again.</strong
        >
      </p>
      <p>
        It reads data only, until {{ token().expiresAt | date: 'd MMMM y, HH:mm' }}. Keep it like a
        password: anyone who has it can read {{ scope() }}. Send it as the header
        <code>Authorization: Bearer &lt;token&gt;</code> (see the README section “API tokens”).
      </p>
    </rcp-shown-once-panel>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ApiTokenSecret {
  private readonly panel = viewChild.required(ShownOncePanel);

  readonly token = input.required<CreatedApiToken>();
  /** What the token reads, e.g. "Northfield Borough Council's data". */
  readonly scope = input.required<string>();
  readonly dismissed = output<void>();

  /** Moves focus here after creation, so screen reader users hear it at once. */
  focus(): void {
    this.panel().focus();
  }
}
