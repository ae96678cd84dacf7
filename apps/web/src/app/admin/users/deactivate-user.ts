import { MatDialog } from '@angular/material/dialog';
import { User } from '@rcp/api-contract';
import { filter, Observable, switchMap } from 'rxjs';
import { confirmAction } from '../../shared/confirm-dialog/confirm-dialog';
import { UsersApi } from './users-api';

/** Asks first, then deactivates; emits the updated user only if the person confirmed. */
export function deactivateAfterConfirming(
  dialog: MatDialog,
  users: UsersApi,
  user: User,
): Observable<User> {
  return confirmAction(dialog, {
    title: `Deactivate ${user.displayName}?`,
    body: `${user.displayName} (${user.email}) will be signed out and will not be able to sign in again. Their past work stays in the records.`,
    confirmLabel: 'Deactivate user',
    destructive: true,
  }).pipe(
    filter(Boolean),
    switchMap(() => users.deactivate(user.id)),
  );
}
