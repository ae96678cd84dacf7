import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { EditConflict } from './edit-conflict';

/**
 * The Reload button of a conflict, placed inside the form's `<rcp-error-summary>`; shown only while
 * the conflict is. The form loads the latest version when it is pressed.
 */
@Component({
  selector: 'rcp-conflict-reload',
  imports: [MatButtonModule],
  template: `
    @if (conflict().shown()) {
      <div class="button-row">
        <button matButton="outlined" type="button" (click)="reload.emit()">Reload</button>
      </div>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConflictReload {
  readonly conflict = input.required<EditConflict>();
  readonly reload = output<void>();
}
