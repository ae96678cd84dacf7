import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { withComponentInputBinding } from '@angular/router';
import { computed, signal } from '@angular/core';
import type { CurrentUser } from '@rcp/api-contract';
import { AuthService } from '../accounts/auth.service';
import { aCurrentUser } from '../accounts/testing';
import { aChange, aProjection } from '../plans/testing/plan-builders';
import { aDashboard, aMover } from './testing/dashboard-builders';
import { DashboardPage } from './dashboard-page';

const URL = '/api/v1/councils/council-1/dashboard';

describe('the council dashboard page', () => {
  let http: HttpTestingController;
  /** Nobody is signed in unless a test says so (then the page also reads the council's plan). */
  const user = signal<CurrentUser | null>(null);

  beforeEach(() => {
    // jsdom has no SVG layout; ngx-charts measures its axis labels with getBBox.
    (SVGElement.prototype as unknown as { getBBox: () => DOMRect }).getBBox = () =>
      ({ x: 0, y: 0, width: 40, height: 12 }) as DOMRect;
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        {
          provide: AuthService,
          useValue: { currentUser: user, isSignedIn: computed(() => !!user()) },
        },
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

  afterEach(() => {
    // A lead's or manager's dashboard also asks for the getting-started checklist (its own spec).
    for (const r of http.match((req) => req.url.endsWith('/getting-started'))) {
      if (!r.cancelled) r.flush({ steps: [], complete: true });
    }
    http.verify();
    user.set(null);
  });

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

  it('draws its parts one after another, the movers a few at a time, then all of them', async () => {
    const harness = await open('/councils/council-1/dashboard');
    const el = harness.routeNativeElement as HTMLElement;
    // How many movers and sections are drawn after each change to the page.
    const steps: string[] = [];
    const observer = new MutationObserver(() => {
      const step = `${el.querySelectorAll('h2').length}/${el.querySelectorAll('[data-testid="mover"]').length}`;
      if (steps.at(-1) !== step) steps.push(step);
    });
    observer.observe(el, { childList: true, subtree: true });
    const movers = Array.from({ length: 10 }, (_, i) => aMover({ protocolId: `p-${i}` }));
    http.expectOne((r) => r.url === URL).flush(aDashboard({ movers }));
    await harness.fixture.whenStable();
    observer.disconnect();

    const moverCounts = [...new Set(steps.map((step) => Number(step.split('/')[1])))];
    expect(moverCounts).toEqual([0, 4, 8, 10]);
    const headingCounts = steps.map((step) => Number(step.split('/')[0]));
    expect(headingCounts).toEqual([...headingCounts].sort((a, b) => a - b));
    expect(new Set(headingCounts).size).toBeGreaterThan(5);
    expect(el.querySelector('.dashboard')?.getAttribute('aria-busy')).toBe('false');
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

  describe('with the council’s plan', () => {
    const PROJECTION = '/api/v1/councils/council-1/plan/projection';
    const CHANGES = '/api/v1/councils/council-1/plan/changes';

    function signedInAs(role: 'manager' | 'coordinator', councilId: string | null) {
      user.set(aCurrentUser({ role, councilId }));
    }

    function table(el: HTMLElement): string[][] {
      return Array.from(el.querySelectorAll('[data-testid="chart-trend"] tbody tr')).map((tr) =>
        Array.from(tr.children).map((c) => c.textContent?.trim() ?? ''),
      );
    }

    it('continues the index over time with the projection, dashed, keyed, in the table and summary', async () => {
      signedInAs('manager', 'council-1');
      const harness = await open('/councils/council-1/dashboard');
      http.expectOne((r) => r.url === URL).flush(aDashboard());
      await harness.fixture.whenStable();
      const projection = http.expectOne((r) => r.url === PROJECTION);
      expect(projection.request.params.get('includeProposed')).toBe('false');
      projection.flush(aProjection({ selectedIds: ['c-1', 'c-2'], afterIndex: 45.24 }));
      http.expectOne(CHANGES).flush({
        changes: [
          aChange({ id: 'c-1', dueDate: '2026-09-30' }),
          aChange({ id: 'c-2', dueDate: '2026-12-31' }),
        ],
      });
      await harness.fixture.whenStable();
      const el = harness.routeNativeElement as HTMLElement;
      const chart = el.querySelector('[data-testid="chart-trend"]') as HTMLElement;
      expect(chart.textContent).toContain(
        'If the 2 agreed and in-progress changes land by 31 December 2026, the index would be 45.2 (+5.3).',
      );
      const key = Array.from(chart.querySelectorAll('.chart-legend li')).map((li) =>
        li.textContent?.trim(),
      );
      expect(key).toEqual(['Index', 'Projected if the plan lands']);
      expect(chart.querySelector('.chart-legend line[stroke-dasharray]')).not.toBeNull();
      expect(chart.querySelector('[data-testid="trend-projection-note"]')).not.toBeNull();

      const toggle = Array.from(chart.querySelectorAll('button')).find((b) =>
        b.textContent?.includes('Show as table'),
      ) as HTMLButtonElement;
      toggle.click();
      await harness.fixture.whenStable();
      expect(table(el).at(-1)).toEqual([
        'Dec 2026 (plan)',
        '2026-12-31',
        '45.2',
        '100',
        '–',
        'Yes, if the plan lands',
      ]);
    });

    it('does not ask for the plan on a filtered view, or for another council’s reader', async () => {
      signedInAs('manager', 'council-1');
      const harness = await open('/councils/council-1/dashboard?serviceArea=Housing');
      http
        .expectOne((r) => r.url === URL)
        .flush(aDashboard({ filters: { serviceArea: 'Housing', scope: null } }));
      await harness.fixture.whenStable();
      http.expectNone((r) => r.url === PROJECTION);
      signedInAs('manager', 'council-2');
      await harness.navigateByUrl('/councils/council-1/dashboard');
      http.expectOne((r) => r.url === URL).flush(aDashboard());
      await harness.fixture.whenStable();
      http.expectNone((r) => r.url === PROJECTION);
    });

    it('leaves the chart as it was when the plan cannot be read, or has no due date', async () => {
      signedInAs('coordinator', null);
      const harness = await open('/councils/council-1/dashboard');
      http.expectOne((r) => r.url === URL).flush(aDashboard());
      await harness.fixture.whenStable();
      http.expectOne((r) => r.url === PROJECTION).flush(aProjection());
      http.expectOne(CHANGES).flush({ changes: [aChange({ id: 'c-1', dueDate: null })] });
      await harness.fixture.whenStable();
      const el = harness.routeNativeElement as HTMLElement;
      const chart = el.querySelector('[data-testid="chart-trend"]') as HTMLElement;
      expect(chart.textContent).not.toContain('If the');
      expect(chart.querySelector('.chart-legend')).toBeNull();
    });
  });
});
