import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDialog } from '@angular/material/dialog';
import { Council } from '@rcp/api-contract';
import { COUNCIL_TYPE_LABELS, POPULATION_BAND_LABELS } from '@rcp/vocabulary';
import { filter, switchMap } from 'rxjs';
import { confirmAction } from '../../shared/confirm-dialog/confirm-dialog';
import { toErrorBody } from '../../shared/forms/api-error';
import { StatusBanner } from '../../shared/status-banner/status-banner';
import { CouncilForm } from './council-form';
import { CouncilsApi } from './councils-api';

type Panel = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; council: Council };

/** The coordinator's list of the network's councils: add, edit, archive and restore them. */
@Component({
  selector: 'rcp-councils-page',
  imports: [MatButtonModule, MatCheckboxModule, CouncilForm, StatusBanner],
  templateUrl: './councils-page.html',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CouncilsPage {
  private readonly councils = inject(CouncilsApi);
  private readonly dialog = inject(MatDialog);

  protected readonly typeLabels = COUNCIL_TYPE_LABELS;
  protected readonly bandLabels = POPULATION_BAND_LABELS;

  protected readonly all = signal<Council[] | null>(null);
  protected readonly loadError = signal<string | null>(null);
  protected readonly showArchived = signal(false);
  protected readonly panel = signal<Panel>({ mode: 'closed' });
  protected readonly status = signal<string | null>(null);
  protected readonly actionError = signal<string | null>(null);

  protected readonly editing = computed(() => {
    const panel = this.panel();
    return panel.mode === 'edit' ? panel.council : null;
  });

  protected readonly shown = computed(() => {
    const all = this.all() ?? [];
    const list = this.showArchived() ? all : all.filter((c) => !c.archived);
    return [...list].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  });
  protected readonly archivedCount = computed(
    () => (this.all() ?? []).filter((c) => c.archived).length,
  );

  private readonly banner = viewChild.required(StatusBanner);

  constructor() {
    this.load();
  }

  protected load(): void {
    this.loadError.set(null);
    this.councils.list({ includeArchived: true }).subscribe({
      next: (list) => this.all.set(list),
      error: (error: unknown) =>
        this.loadError.set(
          toErrorBody(error, 'The councils cannot be shown right now. Try again later.').message,
        ),
    });
  }

  protected openAdd(): void {
    this.status.set(null);
    this.panel.set({ mode: 'add' });
    this.focusSoon('add-council-heading');
  }

  protected openEdit(council: Council): void {
    this.status.set(null);
    this.panel.set({ mode: 'edit', council });
    this.focusSoon('edit-council-heading');
  }

  protected closePanel(): void {
    this.panel.set({ mode: 'closed' });
  }

  protected added(council: Council): void {
    this.all.update((list) => [...(list ?? []), council]);
    this.panel.set({ mode: 'closed' });
    this.announce(`${council.name} has been added.`);
  }

  protected edited(council: Council): void {
    this.replace(council);
    this.panel.set({ mode: 'closed' });
    this.announce(`Changes to ${council.name} have been saved.`);
  }

  protected reloaded(council: Council): void {
    this.replace(council);
    this.status.set(`${council.name} has been reloaded with the latest changes.`);
  }

  protected toggleArchived(council: Council): void {
    const archiving = !council.archived;
    this.actionError.set(null);
    confirmAction(
      this.dialog,
      archiving
        ? {
            title: `Archive ${council.name}?`,
            body: 'An archived council is left out of lists and benchmarks, and its people cannot change anything. Its data is kept, and you can restore it at any time.',
            confirmLabel: 'Archive council',
            destructive: true,
          }
        : {
            title: `Restore ${council.name}?`,
            body: 'The council comes back into lists and benchmarks, and its people can work in it again.',
            confirmLabel: 'Restore council',
          },
    )
      .pipe(
        filter(Boolean),
        switchMap(() =>
          archiving ? this.councils.archive(council.id) : this.councils.restore(council.id),
        ),
      )
      .subscribe({
        next: (updated) => {
          this.replace(updated);
          this.announce(
            archiving ? `${updated.name} has been archived.` : `${updated.name} has been restored.`,
          );
        },
        error: (error: unknown) =>
          this.actionError.set(
            toErrorBody(error, 'That did not work. Reload the page and try again.').message,
          ),
      });
  }

  private replace(council: Council): void {
    this.all.update((list) => (list ?? []).map((c) => (c.id === council.id ? council : c)));
  }

  private announce(message: string): void {
    this.status.set(message);
    this.banner().focus();
  }

  private focusSoon(id: string): void {
    setTimeout(() => document.getElementById(id)?.focus());
  }
}
