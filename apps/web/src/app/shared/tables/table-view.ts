import { computed, inject, signal } from '@angular/core';
import { DEFAULT_TABLE_COLUMNS, type TableViewKey } from '@rcp/vocabulary';
import { ColumnKind, firstDirection, sortedBySentence } from './sort-rows';
import { TableSort } from './table-sort';
import { TableViewsApi } from './table-views-api';

export interface TableColumn<K extends string> {
  key: K;
  /** The heading. */
  label: string;
  /** The heading in a sentence ("Sorted by review date…"). */
  sortLabel: string;
  kind: ColumnKind;
}

/**
 * One user's view of a table: which columns show and which one it is sorted by. Starts from the
 * table's defaults, takes the view the user saved (on any device) once it arrives, and saves
 * every change. The first column is the row's name and always shows. Create it in a component's
 * field initialiser (it injects the API).
 */
export class TableViewState<K extends string> {
  private readonly api = inject(TableViewsApi);
  private readonly byKey: ReadonlyMap<string, TableColumn<K>>;
  /** Set once the user has changed something, so a late-arriving saved view does not undo it. */
  private touched = false;

  readonly sort: TableSort<K>;
  readonly visible: ReturnType<typeof signal<ReadonlySet<K>>>;
  readonly shown = computed(() => this.columns.filter((c) => this.visible().has(c.key)));
  /** The columns a user may hide. */
  readonly choosable: ReadonlyArray<TableColumn<K>>;
  readonly sortText = computed(() => {
    const column = this.byKey.get(this.sort.key()) ?? this.columns[0];
    return sortedBySentence(column.sortLabel, column.kind, this.sort.direction());
  });

  constructor(
    private readonly table: TableViewKey,
    readonly columns: ReadonlyArray<TableColumn<K>>,
    initialSort: { key: K; direction?: 'ascending' | 'descending' },
  ) {
    this.byKey = new Map(columns.map((c) => [c.key, c]));
    this.choosable = columns.slice(1);
    this.visible = signal<ReadonlySet<K>>(this.known(DEFAULT_TABLE_COLUMNS[table]));
    this.sort = new TableSort<K>(initialSort.key, (key) =>
      firstDirection(this.byKey.get(key)?.kind ?? 'text'),
    );
    if (initialSort.direction) this.sort.set(initialSort.key, initialSort.direction);
  }

  /** Applies the user's saved view, if they have one and have not already changed the table. */
  load(): void {
    this.api.views().subscribe({
      next: (views) => {
        const saved = views[this.table];
        if (!saved || this.touched) return;
        this.visible.set(this.known(saved.columns));
        if (this.byKey.has(saved.sort.column))
          this.sort.set(saved.sort.column as K, saved.sort.direction);
      },
      // Without the saved view the table still works, in its default shape.
      error: () => undefined,
    });
  }

  sortBy(key: K): void {
    this.sort.by(key);
    this.changed();
  }

  show(key: K, shown: boolean): void {
    const next = new Set(this.visible());
    if (shown) next.add(key);
    else if (key !== this.columns[0].key) next.delete(key);
    this.visible.set(next);
    this.changed();
  }

  private changed(): void {
    this.touched = true;
    const view = {
      columns: this.shown().map((c) => c.key),
      sort: { column: this.sort.key(), direction: this.sort.direction() },
    };
    // A choice that fails to save still applies here; it is just not remembered.
    this.api.save(this.table, view).subscribe({ error: () => undefined });
  }

  private known(keys: readonly string[]): ReadonlySet<K> {
    const set = new Set<K>([this.columns[0].key]);
    for (const key of keys) if (this.byKey.has(key)) set.add(key as K);
    return set;
  }
}
