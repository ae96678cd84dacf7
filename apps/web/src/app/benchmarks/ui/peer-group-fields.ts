import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import {
  COUNCIL_TYPE_LABELS,
  COUNCIL_TYPES,
  POPULATION_BAND_LABELS,
  POPULATION_BANDS,
  REGIONS,
} from '@rcp/vocabulary';
import { PeerGroup } from '../model/benchmark-filters';

export interface PeerGroupChange {
  field: keyof PeerGroup;
  value: string | null;
}

/**
 * Three pickers – council type, region, population band – that together make a peer group, in a
 * fieldset whose legend says which group it is. Labels carry the group's name ("Comparison council
 * type") so two groups on one page never share a control name.
 */
@Component({
  selector: 'rcp-peer-group-fields',
  imports: [MatFormFieldModule, MatSelectModule],
  template: `
    <fieldset class="peer-group" [attr.aria-describedby]="idPrefix() + '-hint'">
      <legend class="peer-group__legend">{{ legend() }}</legend>
      <p class="hint peer-group__hint" [id]="idPrefix() + '-hint'">{{ hint() }}</p>
      <div class="peer-group__fields">
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ labelPrefix() }} council type</mat-label>
          <mat-select
            [id]="idPrefix() + '-type'"
            [value]="group().type ?? ''"
            (selectionChange)="changed.emit({ field: 'type', value: $event.value || null })"
          >
            <mat-option value="">All types</mat-option>
            @for (type of types; track type) {
              <mat-option [value]="type">{{ typeLabels[type] }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ labelPrefix() }} region</mat-label>
          <mat-select
            [id]="idPrefix() + '-region'"
            [value]="group().region ?? ''"
            (selectionChange)="changed.emit({ field: 'region', value: $event.value || null })"
          >
            <mat-option value="">All regions</mat-option>
            @for (region of regions; track region) {
              <mat-option [value]="region">{{ region }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline" subscriptSizing="dynamic">
          <mat-label>{{ labelPrefix() }} population</mat-label>
          <mat-select
            [id]="idPrefix() + '-population'"
            [value]="group().populationBand ?? ''"
            (selectionChange)="
              changed.emit({ field: 'populationBand', value: $event.value || null })
            "
          >
            <mat-option value="">All population sizes</mat-option>
            @for (band of bands; track band) {
              <mat-option [value]="band">{{ bandLabels[band] }}</mat-option>
            }
          </mat-select>
        </mat-form-field>
      </div>
    </fieldset>
  `,
  styles: `
    .peer-group {
      border: 0;
      padding: 0;
      margin: 0 0 1rem;
      min-width: 0;
    }
    .peer-group__legend {
      font-weight: 700;
      font-size: 1.125rem;
      padding: 0;
    }
    .peer-group__hint {
      margin: 0.25rem 0 0.75rem;
    }
    .peer-group__fields {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 15rem), 1fr));
      gap: 0.75rem 1rem;
    }
    mat-form-field {
      width: 100%;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PeerGroupFields {
  readonly group = input.required<PeerGroup>();
  readonly legend = input.required<string>();
  readonly hint = input.required<string>();
  /** "Comparison", "Display": starts each control's label. */
  readonly labelPrefix = input.required<string>();
  readonly idPrefix = input.required<string>();
  readonly changed = output<PeerGroupChange>();

  protected readonly types = COUNCIL_TYPES;
  protected readonly typeLabels = COUNCIL_TYPE_LABELS;
  protected readonly regions = REGIONS;
  protected readonly bands = POPULATION_BANDS;
  protected readonly bandLabels = POPULATION_BAND_LABELS;
}
