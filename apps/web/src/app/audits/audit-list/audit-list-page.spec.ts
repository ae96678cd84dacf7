import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { AuditListItem, AuditListPage as PageOfAudits, TableViews } from '@rcp/api-contract';
import { anAudit } from '../testing/builders';
import { AUDITS_PAGE_SIZE, AuditListPage } from './audit-list-page';

const LIST = '/api/v1/councils/council-1/audits';
const VIEWS = '/api/v1/me/table-views';

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

  async function open(url: string, saved: TableViews = {}): Promise<void> {
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
    backend.expectOne(VIEWS).flush(saved);
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

  const headings = (el: HTMLElement) =>
    Array.from(el.querySelectorAll('thead th')).map((th) => th.textContent?.trim());
  const heading = (el: HTMLElement, name: string) =>
    Array.from(el.querySelectorAll<HTMLElement>('thead th')).find((th) =>
      th.textContent?.includes(name),
    );
  const scored = (id: string, index: number, periodEnd: string) =>
    anAudit({
      id,
      label: id,
      periodEnd,
      status: 'submitted',
      headline: { ...anAudit().headline, index, provisional: false },
    });

  it('sorts by a column heading, says so for screen readers, and saves the choice', async () => {
    await open('/councils/council-1/audits');
    const items = [
      scored('Spring', 10, '2026-06-30'),
      scored('Autumn', 40, '2025-12-31'),
      scored('Summer', 25, '2025-06-30'),
    ];
    const el = await answer(0, { items, total: 3 });
    expect(heading(el, 'Period')?.getAttribute('aria-sort')).toBe('descending');

    heading(el, 'Council index')?.querySelector('button')?.click();
    await harness.fixture.whenStable();

    expect(rows(el)).toEqual(['Autumn', 'Summer', 'Spring']);
    expect(heading(el, 'Council index')?.getAttribute('aria-sort')).toBe('descending');
    expect(heading(el, 'Period')?.getAttribute('aria-sort')).toBeNull();
    expect(el.querySelector('[data-testid="audits-sort"]')?.textContent?.trim()).toBe(
      'Sorted by council index, highest first.',
    );
    const put = backend.expectOne({ method: 'PUT', url: `${VIEWS}/audits` });
    expect(put.request.body).toEqual({
      columns: [
        'period',
        'dates',
        'status',
        'framework',
        'index',
        'coverage',
        'protocols',
        'mismatches',
      ],
      sort: { column: 'index', direction: 'descending' },
    });
    put.flush(put.request.body);
  });

  it("shows the user's saved columns and order", async () => {
    await open('/councils/council-1/audits', {
      audits: { columns: ['period', 'index'], sort: { column: 'index', direction: 'ascending' } },
    });
    const items = [scored('High', 60, '2026-06-30'), scored('Low', -20, '2025-12-31')];
    const el = await answer(0, { items, total: 2 });

    expect(headings(el)).toEqual(['Period', 'Council index ▲']);
    expect(rows(el)).toEqual(['Low', 'High']);
  });

  it('hides a column when its box is unticked, and saves that', async () => {
    await open('/councils/council-1/audits');
    const el = await answer(0, { items: audits(1, 2), total: 2 });
    const box = Array.from(el.querySelectorAll<HTMLElement>('mat-checkbox')).find((b) =>
      b.textContent?.includes('Mismatches'),
    );
    box?.querySelector('input')?.click();
    await harness.fixture.whenStable();

    expect(headings(el)).not.toContain('Mismatches');
    const put = backend.expectOne({ method: 'PUT', url: `${VIEWS}/audits` });
    expect(put.request.body.columns).not.toContain('mismatches');
    put.flush(put.request.body);
  });
});
