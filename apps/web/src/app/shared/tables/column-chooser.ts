import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';

/**
 * "Choose columns": a disclosure with a checkbox per column a user may hide. The table's owner
 * decides what a change means (it saves the view).
 */
@Component({
  selector: 'rcp-column-chooser',
  imports: [MatCheckboxModule],
  template: `
    <details class="column-chooser" data-testid="column-chooser">
      <summary>
        Choose columns<span class="visually-hidden"> of the {{ tableName() }}</span>
      </summary>
      <fieldset class="column-chooser__fields">
        <legend>Columns to show in the {{ tableName() }}</legend>
        @for (column of columns(); track column.key) {
          <mat-checkbox
            [checked]="visible().has(column.key)"
            (change)="toggled.emit({ key: column.key, shown: $event.checked })"
            >{{ column.label }}</mat-checkbox
          >
        }
      </fieldset>
    </details>
  `,
  styles: `
    .column-chooser summary {
      cursor: pointer;
      color: var(--rcp-link);
      text-decoration: underline;
      padding: 0.25rem 0;
    }
    .column-chooser__fields {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1rem;
      border: 1px solid var(--rcp-border);
      margin: 0.5rem 0 1rem;
      padding: 0.5rem 1rem;
    }
    legend {
      font-weight: 600;
      padding: 0 0.25rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ColumnChooser {
  readonly tableName = input.required<string>();
  readonly columns = input.required<ReadonlyArray<{ key: string; label: string }>>();
  readonly visible = input.required<ReadonlySet<string>>();
  readonly toggled = output<{ key: string; shown: boolean }>();
}
