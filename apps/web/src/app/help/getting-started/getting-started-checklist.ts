import { HttpClient } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { GettingStarted } from '@rcp/api-contract';
import { GlossaryLink } from '../glossary/glossary-link';
import {
  checklistItems,
  progressText,
  readChecklistHidden,
  writeChecklistHidden,
} from './getting-started-steps';

/**
 * A new council's first cycle – register, first audit, submit, plan – ticked from the council's
 * real data, each step linked to where it is done. Shown to leads and managers until every step
 * is done; a person may hide it sooner (remembered in this browser).
 */
@Component({
  selector: 'rcp-getting-started-checklist',
  imports: [RouterLink, GlossaryLink],
  templateUrl: './getting-started-checklist.html',
  styleUrl: './getting-started-checklist.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GettingStartedChecklist {
  private readonly http = inject(HttpClient);
  readonly councilId = input.required<string>();

  private readonly state = signal<GettingStarted | null>(null);
  protected readonly hidden = signal(false);
  protected readonly justHidden = signal(false);
  protected readonly items = computed(() => {
    const state = this.state();
    return state ? checklistItems(state, this.councilId()) : [];
  });
  protected readonly progress = computed(() => progressText(this.items()));
  protected readonly show = computed(() => {
    const state = this.state();
    return state !== null && !state.complete && !this.hidden();
  });

  constructor() {
    effect((onCleanup) => {
      const councilId = this.councilId();
      this.hidden.set(readChecklistHidden(councilId));
      if (this.hidden()) return;
      const sub = this.http
        .get<GettingStarted>(`/api/v1/councils/${councilId}/getting-started`)
        // Without its state the checklist is simply not shown: the dashboard matters more.
        .subscribe({ next: (state) => this.state.set(state), error: () => this.state.set(null) });
      onCleanup(() => sub.unsubscribe());
    });
  }

  protected hide(): void {
    writeChecklistHidden(this.councilId(), true);
    this.hidden.set(true);
    this.justHidden.set(true);
  }
}
