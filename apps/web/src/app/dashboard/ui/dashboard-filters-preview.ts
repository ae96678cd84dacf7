import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { CouncilDashboard } from '@rcp/api-contract';
import { comparableAudits, SCOPE_OPTIONS } from '../model/dashboard-filters';

/**
 * The filters as plain text in fields of the form's size, drawn while the form and Material's
 * select load (`@defer` in the dashboard page): the first paint does not wait for them, and
 * nothing moves when the form replaces this. It shows what each select will show.
 */
@Component({
  selector: 'rcp-dashboard-filters-preview',
  template: `
    <div class="filters__fields" data-testid="dashboard-filters-preview">
      @for (field of fields(); track field.label) {
        <div class="preview-field">
          <span class="preview-field__label">{{ field.label }}</span>
          <span class="preview-field__value">{{ field.value }}</span>
        </div>
      }
    </div>
  `,
  styleUrl: './dashboard-filters.scss',
  styles: `
    // Material's outlined field at density 0: 56 px high, a label on its top border, and the
    // room styles.scss gives a field in a form (margins, and the empty hint line's 0.25rem).
    .preview-field {
      position: relative;
      display: flex;
      align-items: center;
      height: 3.5rem;
      margin-block: 0.5rem 1.25rem;
      padding: 0 2.5rem 0 1rem;
      border: 1px solid var(--rcp-border);
      border-radius: 4px;
      &::after {
        content: '▾';
        position: absolute;
        right: 1rem;
        color: var(--rcp-muted);
      }
    }
    .preview-field__label {
      position: absolute;
      top: -0.55rem;
      left: 0.75rem;
      padding: 0 0.25rem;
      background: var(--rcp-surface);
      font-size: 0.75rem;
      line-height: 1;
      color: var(--rcp-muted);
    }
    .preview-field__value {
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardFiltersPreview {
  readonly dashboard = input.required<CouncilDashboard>();

  protected readonly fields = computed(() => {
    const d = this.dashboard();
    const latest = d.audits[d.audits.length - 1];
    const before = comparableAudits(d.audits, d.selected?.id ?? null)[0];
    const scope = SCOPE_OPTIONS.find((o) => o.value === (d.filters.scope ?? null));
    return [
      {
        label: 'Audit',
        value: d.selected
          ? `${d.selected.label}${d.selected.id === latest?.id ? ' – latest' : ''}`
          : '',
      },
      {
        label: 'Compare with',
        value: d.compareTo
          ? `${d.compareTo.label}${d.compareTo.id === before?.id ? ' – the one before' : ''}`
          : before
            ? ''
            : 'No earlier audit',
      },
      { label: 'Service area', value: d.filters.serviceArea ?? 'All service areas' },
      { label: 'Protocols', value: scope?.label ?? '' },
    ];
  });
}
