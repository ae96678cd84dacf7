import { TestBed } from '@angular/core/testing';
import { aDashboard } from '../testing/dashboard-builders';
import { DashboardFiltersPreview } from './dashboard-filters-preview';

function shown(dashboard: ReturnType<typeof aDashboard>): string[] {
  const fixture = TestBed.createComponent(DashboardFiltersPreview);
  fixture.componentRef.setInput('dashboard', dashboard);
  fixture.detectChanges();
  const fields = (fixture.nativeElement as HTMLElement).querySelectorAll('.preview-field');
  return Array.from(fields).map((f) =>
    Array.from(f.children)
      .map((part) => part.textContent?.trim())
      .join(' '),
  );
}

describe('the filters preview drawn before the form loads', () => {
  it('shows what each select will show, with its label', () => {
    const d = aDashboard();
    expect(shown(d)).toEqual([
      `Audit ${d.audits[1].label} – latest`,
      `Compare with ${d.audits[0].label} – the one before`,
      'Service area All service areas',
      'Protocols All protocols',
    ]);
  });

  it('shows chosen filters, and says when there is nothing to compare with', () => {
    const d = aDashboard({ filters: { serviceArea: 'Housing', scope: 'wider' } });
    const first = { ...d, selected: d.audits[0], compareTo: null };
    expect(shown(first)).toEqual([
      `Audit ${d.audits[0].label}`,
      'Compare with No earlier audit',
      'Service area Housing',
      'Protocols Wider environment (the council shapes but does not control it)',
    ]);
  });
});
