import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { aPlanRow } from '../plans/testing/plan-builders';
import { NetworkPlansPage } from './network-plans-page';

describe('the coordinator’s network plans page', () => {
  async function render(flush: (http: HttpTestingController) => void) {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    const fixture = TestBed.createComponent(NetworkPlansPage);
    const http = TestBed.inject(HttpTestingController);
    flush(http);
    await fixture.whenStable();
    http.verify();
    return fixture;
  }

  const names = (el: HTMLElement) =>
    Array.from(el.querySelectorAll('tbody th a')).map((a) => a.textContent?.trim());

  it('lists every council’s plan by status, each linking to its plan, sortable, with a summary', async () => {
    const fixture = await render((http) =>
      http.expectOne('/api/v1/network/plans').flush({
        councils: [
          aPlanRow({ councilId: 'n', councilName: 'Northfield', agreed: 2, overdue: 1, total: 2 }),
          aPlanRow({ councilId: 'a', councilName: 'Ashcombe', proposed: 1, total: 1 }),
        ],
      }),
    );
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('h1')?.textContent).toContain('Change plans across the network');
    expect(names(el)).toEqual(['Ashcombe', 'Northfield']);
    expect(el.querySelector('tbody th a')?.getAttribute('href')).toBe('/councils/a/plan');
    expect(el.querySelector('[data-testid="network-plans-summary"]')?.textContent).toContain(
      'All 2 councils in the network have planned 3 changes: 1 proposed and 2 agreed. 1 change is overdue, in Northfield (1).',
    );
    const cells = Array.from(el.querySelectorAll('tbody tr')[1].querySelectorAll('td')).map((td) =>
      td.textContent?.trim(),
    );
    expect(cells).toEqual(['0', '2', '0', '0', '0', '1', '2']);

    const overdue = Array.from(el.querySelectorAll('thead button')).find((b) =>
      b.textContent?.includes('Overdue'),
    ) as HTMLButtonElement;
    overdue.click();
    await fixture.whenStable();
    expect(names(el)).toEqual(['Northfield', 'Ashcombe']);
    expect(overdue.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    expect(el.querySelector('caption')?.textContent).toContain(
      'Sorted by overdue changes, most first.',
    );
  });

  it('says so when the plans cannot be shown, and tries again', async () => {
    const fixture = await render((http) =>
      http
        .expectOne('/api/v1/network/plans')
        .flush({ message: 'Down' }, { status: 503, statusText: 'Unavailable' }),
    );
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[role="alert"]')).not.toBeNull();
  });
});
