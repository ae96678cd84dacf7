import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ChartPanel } from './chart-panel';
import { ChartTable } from './chart-table';

@Component({
  imports: [ChartPanel],
  template: `<rcp-chart-panel
    heading="Scores"
    summary="Two protocols."
    [table]="table()"
    fileName="scores"
  >
    <p class="the-chart">chart here</p>
  </rcp-chart-panel>`,
})
class Host {
  readonly table = signal<ChartTable>({
    columns: [
      { key: 'name', label: 'Protocol' },
      { key: 'score', label: 'Score', numeric: true },
    ],
    rows: [
      { name: 'Caseload cap', score: 75 },
      { name: 'Fixed visit slots', score: -50 },
    ],
  });
}

describe('a chart panel', () => {
  it('shows the chart with its summary, and the same numbers as a table on request', async () => {
    const fixture = TestBed.createComponent(Host);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('h2')?.textContent).toContain('Scores');
    expect(el.textContent).toContain('Two protocols.');
    expect(el.querySelector('.the-chart')).not.toBeNull();
    expect(el.querySelector('table')).toBeNull();

    const toggle = el.querySelector('button[aria-pressed]') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    toggle.click();
    await fixture.whenStable();

    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    const rows = Array.from(el.querySelectorAll('tbody tr')).map((tr) =>
      Array.from(tr.children).map((c) => c.textContent?.trim()),
    );
    expect(rows).toEqual([
      ['Caseload cap', '75'],
      ['Fixed visit slots', '-50'],
    ]);
    expect(el.querySelector('.the-chart')).toBeNull();
  });
});
