import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  input,
  signal,
} from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { FrameworkCategory, LibraryProtocol, WhoMadeItWork } from '@rcp/api-contract';
import { Subscription } from 'rxjs';
import { toErrorBody } from '../../shared/forms/api-error';
import { BenchmarksApi } from '../data-access/benchmarks-api';
import { formatDay } from '../model/benchmark-text';
import { formatIndex } from '../../shared/format/index-format';
import { WhoQuery, whoSummary } from '../model/who-made-it-work';

type FindBy = 'category' | 'protocol';

interface LibraryGroup {
  category: FrameworkCategory;
  protocols: LibraryProtocol[];
}

/**
 * "Who made it work": pick a protocol category or one protocol of the library, and see the councils
 * whose latest audit rates their version as enabling, with the evidence they gave. Councils appear
 * by name only if they chose to be named (a coordinator sees every council).
 */
@Component({
  selector: 'rcp-who-made-it-work',
  imports: [MatFormFieldModule, MatRadioModule, MatSelectModule],
  template: `
    <section class="card" aria-labelledby="who-heading" data-testid="who-made-it-work">
      <h2 id="who-heading" class="who__heading">Who made it work</h2>
      <p>
        Find the councils whose own version of a protocol is enabling, and read the evidence they
        gave, so you can learn from them.
        @if (coordinator()) {
          You see every council; councils see each other here only if they chose to be named.
        } @else {
          Councils are listed by name only if they chose to be; the rest are counted, not listed.
        }
      </p>

      <fieldset class="radios">
        <legend>Look for</legend>
        <mat-radio-group [value]="findBy()" (change)="setFindBy($event.value)">
          <mat-radio-button value="category">A protocol category</mat-radio-button>
          <mat-radio-button value="protocol">A protocol from the library</mat-radio-button>
        </mat-radio-group>
      </fieldset>

      @if (findBy() === 'category') {
        <mat-form-field appearance="outline" class="who__field" subscriptSizing="dynamic">
          <mat-label>Protocol category</mat-label>
          <mat-select
            id="who-category"
            [value]="category()"
            (selectionChange)="chooseCategory($event.value)"
          >
            @for (c of categories(); track c.key) {
              <mat-option [value]="c.key">{{ c.title }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      } @else {
        <mat-form-field appearance="outline" class="who__field" subscriptSizing="dynamic">
          <mat-label>Library protocol</mat-label>
          <mat-select
            id="who-protocol"
            [value]="libraryKey()"
            (selectionChange)="chooseProtocol($event.value)"
          >
            @for (g of libraryGroups(); track g.category.key) {
              <mat-optgroup [label]="g.category.title">
                @for (p of g.protocols; track p.key) {
                  <mat-option [value]="p.key">{{ p.name }}</mat-option>
                }
              </mat-optgroup>
            }
          </mat-select>
        </mat-form-field>
      }

      <div role="status" class="who__status">
        @if (loading()) {
          <p>Looking for councils…</p>
        } @else if (error(); as e) {
          <p class="load-error">{{ e }}</p>
        } @else if (result(); as r) {
          <p data-testid="who-summary">{{ summary() }}</p>
        }
      </div>

      @if (!loading() && result(); as r) {
        @if (r.entries.length) {
          <ul class="who__list" data-testid="who-list">
            @for (entry of r.entries; track $index) {
              <li class="who__entry">
                <h3 class="who__council">
                  {{ entry.councilName ?? 'A council' }}
                  @if (coordinator() && isAnonymised(entry.councilId)) {
                    <span class="tag tag--muted">Anonymised to other councils</span>
                  }
                </h3>
                <p class="who__meta">
                  {{ entry.protocolName }} · {{ categoryTitle(entry.category) }} · score
                  {{ formatIndex(entry.score) }} · audit period ending
                  {{ formatDay(entry.periodEnd) }}
                </p>
                @if (entry.evidence.length) {
                  @for (quote of entry.evidence; track $index) {
                    <blockquote class="who__quote">{{ quote }}</blockquote>
                  }
                } @else {
                  <p class="who__none">No written evidence was given.</p>
                }
              </li>
            }
          </ul>
        }
      }
    </section>
  `,
  styles: `
    .who__heading {
      font-size: 1.25rem;
      margin: 0 0 0.5rem;
    }
    .who__field {
      width: 100%;
      max-width: 30rem;
    }
    .who__status p {
      margin: 1rem 0 0.5rem;
      font-weight: 700;
    }
    .who__list {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .who__entry {
      border-top: 1px solid #c4c6d0;
      padding: 0.75rem 0;
    }
    .who__council {
      font-size: 1.125rem;
      margin: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.75rem;
      align-items: center;
      overflow-wrap: anywhere;
    }
    .who__meta {
      margin: 0.25rem 0 0.5rem;
      color: var(--rcp-muted);
      overflow-wrap: anywhere;
    }
    .who__quote {
      margin: 0.5rem 0;
      padding: 0.25rem 0 0.25rem 1rem;
      border-left: 4px solid var(--rcp-border);
      overflow-wrap: anywhere;
    }
    .who__none {
      color: var(--rcp-muted);
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class WhoMadeItWorkSection {
  private readonly api = inject(BenchmarksApi);

  readonly categories = input.required<readonly FrameworkCategory[]>();
  readonly library = input.required<readonly LibraryProtocol[]>();
  readonly coordinator = input(false);
  /** Councils that chose to stay anonymous (known to coordinators only), to say so beside them. */
  readonly anonymisedIds = input<ReadonlySet<string>>(new Set());

  protected readonly findBy = signal<FindBy>('category');
  protected readonly category = signal<string | null>(null);
  protected readonly libraryKey = signal<string | null>(null);
  protected readonly result = signal<WhoMadeItWork | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  private subscription: Subscription | null = null;

  protected readonly formatIndex = formatIndex;
  protected readonly formatDay = formatDay;

  private readonly categoryTitles = computed(
    () => new Map(this.categories().map((c) => [c.key, c.title])),
  );
  protected readonly libraryGroups = computed<LibraryGroup[]>(() =>
    this.categories()
      .map((category) => ({
        category,
        protocols: this.library().filter((p) => p.category === category.key),
      }))
      .filter((g) => g.protocols.length > 0),
  );
  /** What was looked for, in words: "Continuity", "Named worker for every family". */
  private readonly subject = computed(() => {
    const r = this.result();
    if (!r) return '';
    if (r.libraryKey) {
      return this.library().find((p) => p.key === r.libraryKey)?.name ?? 'this protocol';
    }
    return `protocols about ${this.categoryTitle(r.category ?? '').toLowerCase()}`;
  });
  protected readonly summary = computed(() => {
    const r = this.result();
    return r ? whoSummary(r, this.subject()) : '';
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.subscription?.unsubscribe());
  }

  protected categoryTitle(key: string): string {
    return this.categoryTitles().get(key) ?? key;
  }

  protected isAnonymised(councilId: string | null): boolean {
    return councilId !== null && this.anonymisedIds().has(councilId);
  }

  protected setFindBy(value: FindBy): void {
    this.findBy.set(value);
  }

  protected chooseCategory(key: string): void {
    this.category.set(key);
    this.load({ category: key });
  }

  protected chooseProtocol(key: string): void {
    this.libraryKey.set(key);
    this.load({ libraryKey: key });
  }

  private load(query: WhoQuery): void {
    this.subscription?.unsubscribe();
    this.loading.set(true);
    this.error.set(null);
    this.subscription = this.api.whoMadeItWork(query).subscribe({
      next: (result) => {
        this.result.set(result);
        this.loading.set(false);
      },
      error: (error: unknown) => {
        this.result.set(null);
        this.loading.set(false);
        this.error.set(
          toErrorBody(error, 'The councils cannot be found right now. Try again later.').message,
        );
      },
    });
  }
}
