import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatSelectModule } from '@angular/material/select';
import { CouncilDashboard } from '@rcp/api-contract';
import {
  changeFilter,
  comparableAudits,
  DashboardFilters,
  FilterChange,
  SCOPE_OPTIONS,
} from '../model/dashboard-filters';

const ALL = '';

/**
 * What the dashboard shows: the audit, the audit to compare with, a service area, and organisational
 * protocols or the wider environment. Each choice applies at once (one request) and is kept in the
 * address, so the view can be bookmarked and shared. The dashboard loads it (and Material's select)
 * after its first paint, showing `DashboardFiltersPreview` in its place until then.
 */
@Component({
  selector: 'rcp-dashboard-filters-form',
  imports: [MatFormFieldModule, MatSelectModule],
  template: `
    <form class="filters__fields" (submit)="$event.preventDefault()">
      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>Audit</mat-label>
        <mat-select
          id="dashboard-audit"
          [value]="dashboard().selected?.id ?? ''"
          (selectionChange)="choose('auditId', $event.value, 'dashboard-audit')"
        >
          @for (a of auditsLatestFirst(); track a.id; let first = $first) {
            <mat-option [value]="a.id"
              >{{ a.label }}
              @if (first) {
                – latest
              }
            </mat-option>
          }
        </mat-select>
      </mat-form-field>

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>Compare with</mat-label>
        <mat-select
          id="dashboard-compare"
          [value]="dashboard().compareTo?.id ?? ''"
          [disabled]="comparable().length === 0"
          (selectionChange)="choose('compareTo', $event.value, 'dashboard-compare')"
        >
          @if (comparable().length === 0) {
            <mat-option value="">No earlier audit</mat-option>
          }
          @for (a of comparable(); track a.id; let first = $first) {
            <mat-option [value]="a.id"
              >{{ a.label }}
              @if (first) {
                – the one before
              }
            </mat-option>
          }
        </mat-select>
      </mat-form-field>

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>Service area</mat-label>
        <mat-select
          id="dashboard-service-area"
          [value]="dashboard().filters.serviceArea ?? all"
          (selectionChange)="choose('serviceArea', $event.value, 'dashboard-service-area')"
        >
          <mat-option [value]="all">All service areas</mat-option>
          @for (area of serviceAreas(); track area) {
            <mat-option [value]="area">{{ area }}</mat-option>
          }
        </mat-select>
      </mat-form-field>

      <mat-form-field appearance="outline" subscriptSizing="dynamic">
        <mat-label>Protocols</mat-label>
        <mat-select
          id="dashboard-scope"
          [value]="dashboard().filters.scope ?? all"
          (selectionChange)="choose('scope', $event.value, 'dashboard-scope')"
        >
          @for (o of scopes; track o.label) {
            <mat-option [value]="o.value ?? all">{{ o.label }}</mat-option>
          }
        </mat-select>
      </mat-form-field>
    </form>
  `,
  styleUrl: './dashboard-filters.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardFiltersForm {
  readonly dashboard = input.required<CouncilDashboard>();
  /** The filters as they are in the address. */
  readonly filters = input.required<DashboardFilters>();
  readonly changed = output<FilterChange>();

  protected readonly all = ALL;
  protected readonly scopes = SCOPE_OPTIONS;
  protected readonly auditsLatestFirst = computed(() => [...this.dashboard().audits].reverse());
  protected readonly comparable = computed(() =>
    comparableAudits(this.dashboard().audits, this.dashboard().selected?.id ?? null),
  );
  /** The service areas of the chosen audit, and the one filtered on even if it has gone since. */
  protected readonly serviceAreas = computed(() => {
    const areas = this.dashboard().serviceAreas;
    const current = this.dashboard().filters.serviceArea;
    return current && !areas.includes(current) ? [...areas, current] : areas;
  });

  protected choose(key: keyof DashboardFilters, raw: string, controlId: string): void {
    const audits = this.dashboard().audits;
    let value: string | null = raw || null;
    // The defaults stay out of the address: the latest audit, and the one before the chosen one.
    if (key === 'auditId' && value === audits[audits.length - 1]?.id) value = null;
    if (key === 'compareTo' && value === this.comparable()[0]?.id) value = null;
    this.changed.emit({ filters: changeFilter(this.filters(), audits, key, value), controlId });
  }
}
