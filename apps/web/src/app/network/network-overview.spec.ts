import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { NetworkCouncilRow } from '@rcp/api-contract';
import { NetworkOverview } from './network-overview';

function aRow(overrides: Partial<NetworkCouncilRow>): NetworkCouncilRow {
  return {
    councilId: 'c',
    name: 'A council',
    type: 'district',
    region: 'South West',
    populationBand: 'under-150k',
    sharing: 'named',
    latestIndex: 0,
    change: 0,
    provisional: false,
    coverage: 1,
    lastLabel: 'H1 2026 (January to June)',
    lastPeriodEnd: '2026-06-30',
    lastSubmittedAt: null,
    submittedAudits: 6,
    draftAudits: 0,
    ...overrides,
  };
}

describe('the coordinator’s network overview', () => {
  async function render() {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(NetworkOverview);
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/v1/network/overview').flush([
      aRow({
        councilId: 'k',
        name: 'Kestrel Vale District Council',
        latestIndex: -15.8,
        change: -14.5,
      }),
      aRow({
        councilId: 'n',
        name: 'Northfield Borough Council',
        latestIndex: 39.92,
        change: 15.84,
      }),
      aRow({ councilId: 'a', name: 'Ashcombe District Council', latestIndex: 8.04, change: 4.6 }),
    ]);
    await fixture.whenStable();
    http.verify();
    return fixture;
  }

  const names = (el: HTMLElement) =>
    Array.from(el.querySelectorAll('tbody th a')).map((a) => a.textContent?.trim());

  it('lists every council from one request, each linked to its dashboard, with a summary', async () => {
    const el = (await render()).nativeElement as HTMLElement;
    expect(names(el)).toEqual([
      'Ashcombe District Council',
      'Kestrel Vale District Council',
      'Northfield Borough Council',
    ]);
    expect(el.querySelector('tbody th a')?.getAttribute('href')).toBe('/councils/a/dashboard');
    expect(el.querySelector('[data-testid="network-summary"]')?.textContent).toContain(
      '3 councils in the network: latest indexes range from −15.8 (Kestrel Vale District Council) to 39.9 (Northfield Borough Council)',
    );
    expect(el.querySelector('tbody tr')?.textContent).toContain('up 4.6 points');
  });

  it('sorts by a column when its heading is chosen, and says how it is sorted', async () => {
    const fixture = await render();
    const el = fixture.nativeElement as HTMLElement;
    const indexButton = Array.from(el.querySelectorAll('thead button')).find((b) =>
      b.textContent?.includes('Latest index'),
    ) as HTMLButtonElement;
    indexButton.click();
    await fixture.whenStable();
    expect(names(el)[0]).toBe('Northfield Borough Council');
    expect(indexButton.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    expect(el.textContent).toContain('Sorted by latest index, highest first.');
    indexButton.click();
    await fixture.whenStable();
    expect(names(el)[0]).toBe('Kestrel Vale District Council');
    expect(indexButton.closest('th')?.getAttribute('aria-sort')).toBe('ascending');
  });
});
