import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { DashboardAuditRef } from '@rcp/api-contract';
import { ReportAuditPicker } from './report-audit-picker';

const AUDITS: DashboardAuditRef[] = [
  { id: 'a1', label: 'H1 2025', periodStart: '2025-01-01', periodEnd: '2025-06-30' },
  { id: 'a2', label: 'H2 2025', periodStart: '2025-07-01', periodEnd: '2025-12-31' },
  { id: 'a3', label: 'H1 2026', periodStart: '2026-01-01', periodEnd: '2026-06-30' },
];

@Component({
  imports: [ReportAuditPicker],
  template: `<rcp-report-audit-picker
    [audits]="audits"
    selectedId="a2"
    (choose)="chosen.push($event)"
  />`,
})
class Host {
  audits = AUDITS;
  chosen: string[] = [];
}

describe("the report's audit picker", () => {
  it('lists the audits newest first with their end dates, the shown one chosen', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const select = root.querySelector('select') as HTMLSelectElement;
    expect(root.querySelector(`label[for="${select.id}"]`)?.textContent).toBe(
      'Report on the audit',
    );
    expect(Array.from(select.options).map((o) => o.textContent?.trim())).toEqual([
      'H1 2026 (to 30 June 2026)',
      'H2 2025 (to 31 December 2025)',
      'H1 2025 (to 30 June 2025)',
    ]);
    expect(select.value).toBe('a2');
  });

  it('asks for another audit only when the button is pressed, and not for the one shown', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const root = fixture.nativeElement as HTMLElement;
    const select = root.querySelector('select') as HTMLSelectElement;
    const button = root.querySelector('button') as HTMLButtonElement;
    button.click();
    expect(fixture.componentInstance.chosen).toEqual([]);

    select.value = 'a1';
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    expect(fixture.componentInstance.chosen).toEqual([]);
    button.click();
    expect(fixture.componentInstance.chosen).toEqual(['a1']);
  });
});
