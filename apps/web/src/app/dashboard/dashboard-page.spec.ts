import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { withComponentInputBinding } from '@angular/router';
import { aDashboard, aMover } from './testing/dashboard-builders';
import { DashboardPage } from './dashboard-page';

const URL = '/api/v1/councils/council-1/dashboard';

describe('the council dashboard page', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    // jsdom has no SVG layout; ngx-charts measures its axis labels with getBBox.
    (SVGElement.prototype as unknown as { getBBox: () => DOMRect }).getBBox = () =>
      ({ x: 0, y: 0, width: 40, height: 12 }) as DOMRect;
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        provideRouter(
          [
            { path: 'councils/:councilId/dashboard', component: DashboardPage },
            { path: '**', children: [] },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(url: string) {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    return harness;
  }

  it('shows where the council stands, how it moved and why, from one request', async () => {
    const harness = await open('/councils/council-1/dashboard');
    const request = http.expectOne((r) => r.url === URL);
    expect(request.request.params.keys()).toEqual([]);
    request.flush(
      aDashboard({
        movers: [
          aMover({ change: 'retired', retiredReason: 'Only assumed.', after: null, delta: null }),
        ],
      }),
    );
    await harness.fixture.whenStable();
    const el = harness.routeNativeElement as HTMLElement;
    expect(el.querySelector('h1')?.textContent).toContain('Council dashboard');
    expect(el.querySelector('[data-testid="headline-index"]')?.textContent).toContain('39.9');
    expect(el.querySelector('[data-testid="headline-change"]')?.textContent).toContain(
      'up 15.8 points',
    );
    const headings = Array.from(el.querySelectorAll('h2')).map((h) => h.textContent?.trim());
    expect(headings).toEqual(
      expect.arrayContaining([
        'Index over time',
        'Biggest movers and why',
        'Principle profile',
        'Classes by category',
        'Classes by service area',
        'Mismatches',
        'Heat map of ratings',
      ]),
    );
    expect(el.querySelector('[data-testid="mover-change"]')?.textContent).toContain(
      'Retired: Only assumed.',
    );
    expect(el.querySelector('[data-testid="dashboard-status"]')?.textContent).toContain(
      'Showing H1 2024, compared with H2 2023',
    );
  });

  it('asks the API for exactly the filters in the address, once per change', async () => {
    const harness = await open('/councils/council-1/dashboard?serviceArea=Housing&scope=wider');
    const first = http.expectOne((r) => r.url === URL);
    expect(first.request.params.get('serviceArea')).toBe('Housing');
    expect(first.request.params.get('scope')).toBe('wider');
    first.flush(aDashboard({ filters: { serviceArea: 'Housing', scope: 'wider' } }));
    await harness.fixture.whenStable();

    await harness.navigateByUrl('/councils/council-1/dashboard?serviceArea=Adult%20social%20care');
    const second = http.expectOne((r) => r.url === URL);
    expect(second.request.params.get('serviceArea')).toBe('Adult social care');
    expect(second.request.params.has('scope')).toBe(false);
    second.flush(aDashboard());
    await harness.fixture.whenStable();
  });

  it('tells a council without submitted audits what to do, with a link to its audits', async () => {
    const harness = await open('/councils/council-1/dashboard');
    http
      .expectOne((r) => r.url === URL)
      .flush(
        aDashboard({ audits: [], selected: null, compareTo: null, headline: null, trend: [] }),
      );
    await harness.fixture.whenStable();
    const el = harness.routeNativeElement as HTMLElement;
    const empty = el.querySelector('[data-testid="dashboard-empty"]');
    expect(empty?.textContent).toContain('No submitted audits yet');
    expect(empty?.querySelector('a')?.getAttribute('href')).toBe('/councils/council-1/audits');
    expect(el.querySelector('[data-testid="chart-trend"]')).toBeNull();
  });

  it('says plainly when the dashboard is not there for this account', async () => {
    const harness = await open('/councils/council-1/dashboard');
    http
      .expectOne((r) => r.url === URL)
      .flush(
        { statusCode: 404, message: 'Council not found.' },
        { status: 404, statusText: 'Not Found' },
      );
    await harness.fixture.whenStable();
    const alert = (harness.routeNativeElement as HTMLElement).querySelector('[role="alert"]');
    expect(alert?.textContent).toContain(
      'There is no dashboard here, or your account cannot see it',
    );
  });
});
