import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CouncilReportDetail } from '@rcp/api-contract';
import { aDashboard, anAudit } from '../dashboard/testing/dashboard-builders';
import { aChange } from '../plans/testing/plan-builders';
import { ReportPage } from './report-page';

const DASHBOARD = '/api/v1/councils/council-1/dashboard';
const DETAIL = '/api/v1/councils/council-1/report';
const PLAN = '/api/v1/councils/council-1/plan/changes';

function aDetail(dashboard = aDashboard()): CouncilReportDetail {
  return {
    councilId: 'council-1',
    audit: dashboard.selected ?? anAudit(),
    compareTo: dashboard.compareTo,
    holdingBack: [
      {
        protocolId: 'p1',
        name: 'Fixed visit slots',
        category: 'time',
        categoryTitle: 'Time and caseload',
        serviceArea: 'Adult social care',
        scope: 'organisational',
        score: -50,
        class: 'inhibiting',
        previousScore: -50,
        change: 0,
        evidence: [
          {
            principleKey: 'continuity',
            principleTitle: 'Continuity',
            value: -2,
            text: 'Visits are 15 minutes.',
            date: '2026-06-30',
          },
        ],
      },
    ],
    improvements: [],
  };
}

describe('the council report page', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    // jsdom's CSS parser does not know page-margin boxes (@top-left), which Chromium prints.
    const error = console.error.bind(console);
    jest.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
      const text = String((args[0] as { message?: string })?.message ?? args[0]);
      if (!text.includes('Could not parse CSS stylesheet')) error(...args);
    });
    (SVGElement.prototype as unknown as { getBBox: () => DOMRect }).getBBox = () =>
      ({ x: 0, y: 0, width: 40, height: 12 }) as DOMRect;
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        provideRouter(
          [
            { path: 'councils/:councilId/report', component: ReportPage },
            { path: '**', children: [] },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    jest.restoreAllMocks();
    http.verify();
    document.querySelectorAll('style[data-report-print]').forEach((s) => s.remove());
  });

  async function open(url: string) {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    return harness;
  }

  it('reports the chosen audit: one h1, headings in order, the evidence, the plan and the running header', async () => {
    const harness = await open('/councils/council-1/report?audit=audit-2');
    const dashboard = http.expectOne((r) => r.url === DASHBOARD);
    expect(dashboard.request.params.get('auditId')).toBe('audit-2');
    const d = aDashboard();
    dashboard.flush(d);
    const detail = http.expectOne((r) => r.url === DETAIL);
    expect(detail.request.params.get('audit')).toBe(d.selected?.id);
    detail.flush(aDetail(d));
    http.expectOne(PLAN).flush({
      changes: [aChange({ status: 'in-progress', overdue: true, title: 'Longer visits' })],
    });
    await harness.fixture.whenStable();
    const el = harness.routeNativeElement as HTMLElement;

    expect(el.querySelectorAll('h1')).toHaveLength(1);
    const levels = Array.from(el.querySelectorAll('h1, h2, h3')).map((h) => Number(h.tagName[1]));
    levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0)).toBeLessThanOrEqual(1));
    expect(el.textContent).toContain('up 16 points since');
    expect(el.textContent).toContain('Time and caseload · Adult social care');
    expect(el.textContent).toContain('Rated −2 on Continuity; evidence dated 30 June 2026.');
    expect(el.textContent).toContain('1 planned change: 1 in progress. 1 is overdue');
    expect(el.querySelector('a[href="/framework/how-scores-work"]')).not.toBeNull();
    const header = document.querySelector('style[data-report-print]')?.textContent ?? '';
    expect(header).toContain('@top-left');
    expect(header).toContain('Northfield Borough Council · Council report');
  });

  it('asks for no detail when the council has no submitted audit, and says so', async () => {
    const harness = await open('/councils/council-1/report');
    http
      .expectOne((r) => r.url === DASHBOARD)
      .flush(aDashboard({ audits: [], selected: null, compareTo: null, headline: null }));
    http.expectOne(PLAN).flush({ changes: [] });
    await harness.fixture.whenStable();
    http.expectNone((r) => r.url === DETAIL);
    expect((harness.routeNativeElement as HTMLElement).textContent).toContain(
      'No submitted audit yet',
    );
  });

  it('says when the report is not there for this account', async () => {
    const harness = await open('/councils/council-1/report?audit=elsewhere');
    http
      .expectOne((r) => r.url === DASHBOARD)
      .flush({ message: 'Not found' }, { status: 404, statusText: 'Not Found' });
    http.expectOne(PLAN).flush({}, { status: 404, statusText: 'Not Found' });
    await harness.fixture.whenStable();
    const el = harness.routeNativeElement as HTMLElement;
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('There is no report here');
    expect(el.querySelectorAll('h1')).toHaveLength(1);
  });
});
