import { computed, inject, Signal } from '@angular/core';
import { AuthService } from '../accounts/auth.service';

/**
 * Who may do what in the register at /councils/:councilId/…: anyone who can read it sees it; only
 * the lead of that council changes it (the server checks every write anyway).
 */
export function registerPermissions(councilId: Signal<string>): {
  canEdit: Signal<boolean>;
  ownCouncilName: Signal<string | null>;
} {
  const auth = inject(AuthService);
  const own = computed(() => {
    const me = auth.currentUser();
    return me?.councilId !== null && me?.councilId === councilId() ? me : null;
  });
  return {
    canEdit: computed(() => own()?.role === 'lead'),
    ownCouncilName: computed(() => own()?.councilName ?? null),
  };
}
