import { computed, type Signal, signal, untracked } from '@angular/core';
import type { FrameworkVersion } from '@rcp/api-contract';
import type { Perspective } from '@rcp/vocabulary';
import type { GridRowModel } from '../audit-page/grid-model';
import { Delayed } from './delayed';
import {
  anyFilter,
  categoryOptions,
  GridFilters,
  matchCountMessage,
  NO_FILTERS,
  rowMatches,
  serviceAreaOptions,
} from './grid-filters';

/** How long the search waits after the last key before it announces the number of matches. */
export const SEARCH_ANNOUNCE_MS = 600;

/** What the filters read from the page's editor. */
export interface FilteredSource {
  readonly rows: Signal<readonly GridRowModel[]>;
  readonly framework: Signal<FrameworkVersion | null>;
  readonly perspective: Signal<Perspective>;
}

/**
 * The rating grid's search and filters: the rows shown, the choices the filters offer, and the
 * number of rows shown, announced (through `announce`) after each change of filter.
 */
export class GridFiltering {
  readonly filters = signal<GridFilters>(NO_FILTERS);
  readonly filtered = computed(() => anyFilter(this.filters()));

  readonly categoryTitles = computed(
    () => new Map((this.source.framework()?.categories ?? []).map((c) => [c.key, c.title])),
  );
  readonly categories = computed(() => categoryOptions(this.source.rows(), this.categoryTitles()));
  readonly serviceAreas = computed(() => serviceAreaOptions(this.source.rows()));

  /**
   * The rows shown. Filters are applied when they (or the perspective) change, not at every
   * edit, so a row does not vanish from under the cell being rated when its class changes.
   */
  readonly visibleRows = computed(() => {
    const rows = this.source.rows();
    const filters = this.filters();
    const perspective = this.source.perspective();
    return untracked(() => rows.filter((r) => rowMatches(r, filters, perspective)));
  });

  /** The number of matches is announced once typing in the search pauses. */
  private readonly searchAnnounce = new Delayed(SEARCH_ANNOUNCE_MS, () => this.announceCount());

  constructor(
    private readonly source: FilteredSource,
    private readonly announce: (text: string) => void,
  ) {}

  set(patch: Partial<GridFilters>): void {
    this.filters.update((f) => ({ ...f, ...patch }));
    this.announceCount();
  }

  clear(): void {
    this.searchAnnounce.cancel();
    this.filters.set(NO_FILTERS);
    this.announceCount();
  }

  /** Filters as the person types; the number of matches is announced once they pause. */
  search(search: string): void {
    this.filters.update((f) => ({ ...f, search }));
    this.searchAnnounce.start();
  }

  categoryTitle(key: string): string {
    return this.categoryTitles().get(key) ?? key;
  }

  /** Stops a waiting announcement (the grid is going away). */
  destroy(): void {
    this.searchAnnounce.cancel();
  }

  private announceCount(): void {
    const shown = this.visibleRows().length;
    this.announce(matchCountMessage(shown, this.source.rows().length, this.filters().search));
  }
}
