import { inject, Injectable, signal } from '@angular/core';
import type { FrameworkVersion, LibraryProtocol, Protocol, User } from '@rcp/api-contract';
import { catchError, of } from 'rxjs';
import { UsersApi } from '../../admin/users/users-api';
import { FrameworkApi } from '../../framework/framework-api';
import { ProtocolsApi } from '../../register/protocols-api';
import { sortByName } from '../model/change-form-state';

/**
 * What the change form chooses from: the council's register (by name), the current framework,
 * the protocol library and, for the lead, the council's active people. A list that fails to load
 * stays empty (or null). Provided by the change form page, one per form.
 */
@Injectable()
export class ChangeFormLists {
  private readonly protocolsApi = inject(ProtocolsApi);
  private readonly frameworkApi = inject(FrameworkApi);
  private readonly usersApi = inject(UsersApi);

  readonly register = signal<Protocol[]>([]);
  readonly library = signal<LibraryProtocol[]>([]);
  readonly framework = signal<FrameworkVersion | null>(null);
  /** Null until loaded, and for anyone who may not list the council's people. */
  readonly users = signal<User[] | null>(null);

  load(councilId: string, withUsers: boolean): void {
    this.protocolsApi
      .list(councilId)
      .pipe(catchError(() => of([] as Protocol[])))
      .subscribe((list) => this.register.set(sortByName(list)));
    this.frameworkApi
      .current()
      .pipe(catchError(() => of(null)))
      .subscribe((fw) => this.framework.set(fw));
    this.protocolsApi
      .library()
      .pipe(catchError(() => of([] as LibraryProtocol[])))
      .subscribe((l) => this.library.set(l));
    if (withUsers) {
      this.usersApi
        .listForCouncil(councilId)
        .pipe(catchError(() => of(null)))
        .subscribe((u) => this.users.set(u?.filter((x) => x.status === 'active') ?? null));
    }
  }
}
