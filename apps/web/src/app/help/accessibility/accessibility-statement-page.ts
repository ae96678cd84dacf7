import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink } from '@angular/router';

/**
 * The accessibility statement UK public-sector websites must publish (Public Sector Bodies
 * Accessibility Regulations 2018), following GOV.UK's model statement. Keep its dates and known
 * issues true when either changes.
 */
@Component({
  selector: 'rcp-accessibility-statement-page',
  imports: [RouterLink],
  templateUrl: './accessibility-statement-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccessibilityStatementPage {
  protected readonly prepared = '6 December 2026';
  protected readonly lastTested = '6 December 2026';
}
