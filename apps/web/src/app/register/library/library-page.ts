import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import { FrameworkCategory, LibraryProtocol } from '@rcp/api-contract';
import { catchError, debounceTime, map, of, startWith, switchMap } from 'rxjs';
import { AuthService } from '../../accounts/auth.service';
import { toErrorBody } from '../../shared/forms/api-error';
import { StatusBanner } from '../../shared/status-banner/status-banner';
import {
  categoryTitle,
  categoryTitles,
  contextNeedLabel,
  plural,
  typeLabel,
} from '../protocol-text';
import { ProtocolsApi } from '../protocols-api';
import { describeLibraryAddition } from './library-additions';

interface LibraryQuery {
  q: string;
  category: string;
}

type Results =
  | { state: 'loading' }
  | { state: 'ready'; items: LibraryProtocol[]; query: LibraryQuery }
  | { state: 'failed'; message: string };

const nameKey = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('en-GB');

/**
 * Common council protocols, each with how it reads when it gets in the way of relationships and
 * when it helps. Anyone may search it; a council lead adds protocols to their register from here,
 * one at a time or several in one step.
 */
@Component({
  selector: 'rcp-library-page',
  imports: [
    RouterLink,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatSelectModule,
    StatusBanner,
  ],
  templateUrl: './library-page.html',
  styleUrl: './library-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LibraryPage {
  private readonly protocols = inject(ProtocolsApi);
  private readonly auth = inject(AuthService);

  protected readonly typeLabel = typeLabel;
  protected readonly contextNeedLabel = contextNeedLabel;

  protected readonly text = signal('');
  protected readonly category = signal('');

  protected readonly categories = toSignal(
    this.protocols.categories().pipe(catchError(() => of([] as FrameworkCategory[]))),
    { initialValue: [] as FrameworkCategory[] },
  );
  private readonly titles = computed(() => categoryTitles(this.categories()));

  private readonly query = computed(
    (): LibraryQuery => ({ q: this.text().trim(), category: this.category() }),
  );
  protected readonly results = toSignal(
    toObservable(this.query).pipe(
      debounceTime(250),
      switchMap((query) =>
        this.protocols.library(query).pipe(
          map((items): Results => ({ state: 'ready', items, query })),
          catchError((error: unknown) =>
            of<Results>({
              state: 'failed',
              message: toErrorBody(error, 'The library cannot be shown right now. Try again later.')
                .message,
            }),
          ),
          startWith<Results>({ state: 'loading' }),
        ),
      ),
    ),
    { initialValue: { state: 'loading' } as Results },
  );

  protected readonly items = computed(() => {
    const results = this.results();
    return results.state === 'ready' ? results.items : null;
  });
  protected readonly failure = computed(() => {
    const results = this.results();
    return results.state === 'failed' ? results.message : null;
  });

  protected readonly resultsText = computed(() => {
    const results = this.results();
    if (results.state !== 'ready') return '';
    // Describe the search these results answer (the words may have changed since).
    const { q, category } = results.query;
    const count = plural(results.items.length, 'protocol');
    if (!q && !category) return `${count} in the library.`;
    const inCategory = category ? ` in ${categoryTitle(this.titles(), category)}` : '';
    const matching = q ? ` matching “${q}”` : '';
    return `${count} found${matching}${inCategory}.`;
  });

  /** The lead's own council, where additions go; null for everyone else. */
  protected readonly leadCouncilId = computed(() => {
    const me = this.auth.currentUser();
    return me?.role === 'lead' ? me.councilId : null;
  });
  protected readonly councilName = computed(() => this.auth.currentUser()?.councilName ?? null);

  /** Names already in the lead's register (retired ones too: the server skips those as well). */
  protected readonly registerNames = signal<ReadonlySet<string> | null>(null);
  protected readonly selected = signal<ReadonlyMap<string, LibraryProtocol>>(new Map());
  protected readonly selectedCount = computed(() => this.selected().size);
  protected readonly adding = signal(false);
  protected readonly status = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);

  private readonly banner = viewChild(StatusBanner);

  constructor() {
    const councilId = this.leadCouncilId();
    if (councilId) {
      this.protocols.list(councilId, 'all').subscribe({
        next: (list) => this.registerNames.set(new Set(list.map((p) => nameKey(p.name)))),
        error: () => this.registerNames.set(new Set()),
      });
    }
  }

  protected categoryTitle(key: string): string {
    return categoryTitle(this.titles(), key);
  }

  protected textInput(event: Event): void {
    this.text.set((event.target as HTMLInputElement).value);
  }

  protected inRegister(protocol: LibraryProtocol): boolean {
    return this.registerNames()?.has(nameKey(protocol.name)) ?? false;
  }

  protected isSelected(protocol: LibraryProtocol): boolean {
    return this.selected().has(protocol.key);
  }

  protected toggle(protocol: LibraryProtocol, checked: boolean): void {
    this.selected.update((current) => {
      const next = new Map(current);
      if (checked) next.set(protocol.key, protocol);
      else next.delete(protocol.key);
      return next;
    });
  }

  protected clearSelection(): void {
    this.selected.set(new Map());
  }

  protected addSelected(): void {
    this.add([...this.selected().values()]);
  }

  protected addOne(protocol: LibraryProtocol): void {
    this.add([protocol]);
  }

  private add(asked: LibraryProtocol[]): void {
    const councilId = this.leadCouncilId();
    if (!councilId || asked.length === 0 || this.adding()) return;
    this.adding.set(true);
    this.actionError.set(null);
    this.status.set(null);
    this.protocols
      .addFromLibrary(
        councilId,
        asked.map((p) => p.key),
      )
      .subscribe({
        next: (created) => {
          this.adding.set(false);
          const outcome = describeLibraryAddition(asked, created);
          this.registerNames.update((names) => {
            const next = new Set(names ?? []);
            for (const p of [...asked, ...created]) next.add(nameKey(p.name));
            return next;
          });
          this.selected.update((current) => {
            const next = new Map(current);
            for (const p of asked) next.delete(p.key);
            return next;
          });
          this.status.set(outcome.message);
          this.banner()?.focus();
        },
        error: (error: unknown) => {
          this.adding.set(false);
          this.actionError.set(
            toErrorBody(error, 'Adding to your register did not work. Try again later.').message,
          );
        },
      });
  }
}
