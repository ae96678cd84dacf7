import { Injectable } from '@angular/core';
import { NO_FILTERS, RegisterFilters } from './register-filters';

/**
 * Remembers each register's filters for the session, so coming back from a protocol's page (with
 * Back or a link) shows the list as it was left.
 */
@Injectable({ providedIn: 'root' })
export class RegisterViewState {
  private readonly filters = new Map<string, RegisterFilters>();

  filtersFor(councilId: string): RegisterFilters {
    return this.filters.get(councilId) ?? NO_FILTERS;
  }

  remember(councilId: string, filters: RegisterFilters): void {
    this.filters.set(councilId, filters);
  }
}
