import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AuditListItem, AuditListPage as PageOfAudits } from '@rcp/api-contract';
import { anAudit } from '../testing/builders';
import { AUDITS_PAGE_SIZE, AuditListPage } from './audit-list-page';

const LIST = '/api/v1/councils/council-1/audits';

/** `count` submitted half-years, newest first, numbered from `first`. */
function audits(first: number, count: number): AuditListItem[] {
  return Array.from({ length: count }, (_, i) =>
    anAudit({
      id: `audit-${first + i}`,
      label: `Audit ${first + i}`,
      status: 'submitted',
      submittedAt: '2026-07-01T10:00:00Z',
    }),
  );
}

describe('the audits list', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;

  async function open(url: string): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'councils/:councilId/audits', component: AuditListPage }],
          withComponentInputBinding(),
        ),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, AuditListPage);
  }

  /** Answers the list request for page `offset / limit`, and checks what was asked. */
  async function answer(offset: number, page: PageOfAudits): Promise<HTMLElement> {
    const request = backend.expectOne((r) => r.url === LIST);
    expect(request.request.params.get('limit')).toBe(String(AUDITS_PAGE_SIZE));
    expect(request.request.params.get('offset')).toBe(String(offset));
    request.flush(page);
    await harness.fixture.whenStable();
    return harness.routeNativeElement as HTMLElement;
  }

  const rows = (el: HTMLElement) =>
    Array.from(el.querySelectorAll('tbody th[scope="row"]')).map((th) => th.textContent?.trim());
  const link = (el: HTMLElement, rel: string) =>
    el.querySelector<HTMLAnchorElement>(
      `nav[aria-label="Pages of the audits list"] a[rel="${rel}"]`,
    );

  afterEach(() => backend.verify());

  it('asks for one page, shows it in the order the server gives, with where it is in the list', async () => {
    await open('/councils/council-1/audits');
    const el = await answer(0, { items: audits(1, AUDITS_PAGE_SIZE), total: 25 });

    expect(rows(el)).toHaveLength(AUDITS_PAGE_SIZE);
    expect(rows(el)[0]).toBe('Audit 1');
    expect(el.querySelector('[data-testid="audits-range"]')?.textContent?.trim()).toBe(
      'Showing audits 1 to 20 of 25.',
    );
    expect(el.querySelector('nav[aria-label="Pages of the audits list"]')?.textContent).toContain(
      'Page 1 of 2',
    );
    expect(link(el, 'prev')).toBeNull();
    expect(link(el, 'next')?.getAttribute('href')).toBe('/councils/council-1/audits?page=2');
  });

  it('follows the Next link to the next page, and puts focus on where the reader now is', async () => {
    await open('/councils/council-1/audits');
    let el = await answer(0, { items: audits(1, AUDITS_PAGE_SIZE), total: 25 });

    link(el, 'next')?.click();
    await harness.fixture.whenStable();
    el = await answer(AUDITS_PAGE_SIZE, { items: audits(21, 5), total: 25 });
    await new Promise((resolve) => setTimeout(resolve));

    expect(rows(el)).toEqual(['Audit 21', 'Audit 22', 'Audit 23', 'Audit 24', 'Audit 25']);
    const range = el.querySelector('[data-testid="audits-range"]');
    expect(range?.textContent?.trim()).toBe('Showing audits 21 to 25 of 25.');
    expect(document.activeElement).toBe(range);
    expect(link(el, 'next')).toBeNull();
    expect(link(el, 'prev')?.getAttribute('href')).toBe('/councils/council-1/audits?page=1');
  });

  it('shows no pager when everything fits on one page', async () => {
    await open('/councils/council-1/audits');
    const el = await answer(0, { items: audits(1, 3), total: 3 });
    expect(rows(el)).toHaveLength(3);
    expect(el.querySelector('nav[aria-label="Pages of the audits list"]')).toBeNull();
  });

  it('past the last page, says so and links back to the first', async () => {
    await open('/councils/council-1/audits?page=9');
    const el = await answer(8 * AUDITS_PAGE_SIZE, { items: [], total: 25 });
    expect(el.querySelector('tbody')?.textContent).toContain('There are no audits on this page.');
    expect(el.querySelector<HTMLAnchorElement>('tbody a')?.getAttribute('href')).toBe(
      '/councils/council-1/audits',
    );
  });
});
