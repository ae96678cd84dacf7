import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { MatRadioModule } from '@angular/material/radio';
import { User } from '@rcp/api-contract';
import { CouncilRole, ROLE_LABELS } from '@rcp/vocabulary';
import { filter, Observable } from 'rxjs';

export interface ChangeRoleData {
  user: User;
  /** The roles the signed-in person may give (a lead: manager and viewer). */
  roles: readonly CouncilRole[];
}

/** Picks a person's new role within their council; closes with the role, or nothing. */
@Component({
  selector: 'rcp-change-role-dialog',
  imports: [MatDialogModule, MatButtonModule, MatRadioModule],
  template: `
    <h2 mat-dialog-title id="change-role-title">Change the role of {{ data.user.displayName }}</h2>
    <mat-dialog-content>
      <p>The new role takes effect on their next action; they stay signed in.</p>
      <mat-radio-group
        class="change-role__choices"
        aria-labelledby="change-role-title"
        [value]="role()"
        (change)="role.set($event.value)"
      >
        @for (r of data.roles; track r) {
          <mat-radio-button [value]="r">{{ labels[r] }}</mat-radio-button>
        }
      </mat-radio-group>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button matButton type="button" [mat-dialog-close]="undefined">Cancel</button>
      <button
        matButton="filled"
        type="button"
        [disabled]="role() === data.user.role"
        [mat-dialog-close]="role()"
      >
        Change role
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .change-role__choices {
      display: flex;
      flex-direction: column;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChangeRoleDialog {
  protected readonly data = inject<ChangeRoleData>(MAT_DIALOG_DATA);
  protected readonly labels = ROLE_LABELS;
  protected readonly role = signal<string>(this.data.user.role);
}

/** Opens the dialog; emits the chosen role only if the person picked a different one. */
export function pickRole(dialog: MatDialog, data: ChangeRoleData): Observable<CouncilRole> {
  return dialog
    .open<ChangeRoleDialog, ChangeRoleData, CouncilRole | undefined>(ChangeRoleDialog, {
      data,
      width: '32rem',
      maxWidth: 'calc(100vw - 2rem)',
      autoFocus: 'first-tabbable',
    })
    .afterClosed()
    .pipe(filter((role): role is CouncilRole => !!role && role !== data.user.role));
}
