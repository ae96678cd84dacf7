import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { computed, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { MatDialog } from '@angular/material/dialog';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { CurrentUser, ProtocolStory } from '@rcp/api-contract';
import { firstValueFrom } from 'rxjs';
import { AuthService } from '../../accounts/auth.service';
import { aCurrentUser } from '../../accounts/testing';
import { aStory, CATEGORIES } from '../testing';
import { ProtocolDetailPage } from './protocol-detail-page';
import { RESTORE_CONFLICT_MESSAGE } from './protocol-restore';

const BASE = '/api/v1/councils/council-1/protocols';

// The page draws an ngx-chart, which jsdom renders slowly on a busy machine.
jest.setTimeout(20_000);

describe("a protocol's page", () => {
  let http: HttpTestingController;
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
        { provide: AuthService, useValue: { currentUser: user, isSignedIn: computed(() => true) } },
        provideRouter(
          [
            { path: 'councils/:councilId/register/:protocolId', component: ProtocolDetailPage },
            { path: '**', children: [] },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  async function open(role: CurrentUser['role'], story: ProtocolStory) {
    user.set(aCurrentUser({ role }));
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(`/councils/council-1/register/${story.protocol.id}`);
    const answer = async (s: ProtocolStory) => {
      http.expectOne(`${BASE}/${s.protocol.id}/story`).flush(s);
      http.match('/api/v1/frameworks/current').forEach((r) => r.flush({ categories: CATEGORIES }));
      await harness.fixture.whenStable();
    };
    await answer(story);
    const el = harness.routeNativeElement as HTMLElement;
    const text = (selector: string) =>
      el.querySelector(selector)?.textContent?.replace(/\s+/g, ' ');
    return { harness, el, text, answer };
  }

  it('tells the whole story from one read: scores, mismatch, ratings with evidence, exemplars, changes and plans', async () => {
    const { el, text } = await open('viewer', aStory());
    const headings = Array.from(el.querySelectorAll('h2')).map((h) => h.textContent?.trim());
    expect(headings).toEqual(
      expect.arrayContaining([
        'Register details',
        'Mismatch status',
        'Score over time',
        'Ratings and evidence',
        'From the protocol library',
        'Planned changes',
        'Register changes',
      ]),
    );
    expect(text('[data-testid="mismatch-status"]')).toContain('No mismatch in H2 2025.');
    expect(text('[data-testid="protocol-score-chart"]')).toContain(
      'Its score rose from −60.0 in H1 2025 to 12.5 in H2 2025',
    );
    const captions = Array.from(el.querySelectorAll('[data-testid="protocol-ratings"] caption'));
    expect(captions.map((c) => c.textContent?.trim())).toEqual([
      'Ratings of this protocol in H2 2025 (July to December)',
      'Ratings of this protocol in H1 2025 (January to June)',
    ]);
    const ratings = text('[data-testid="protocol-ratings"]');
    expect(ratings).toContain('Cases close after six weeks whatever the need');
    expect(ratings).toContain('Sam Patel');
    expect(ratings).toContain('−2');
    expect(text('[data-testid="protocol-library"]')).toContain(
      'Cases stay open while the family still needs the worker.',
    );
    expect(text('[data-testid="protocol-register-changes"]')).toContain('Changed: owner, reach');
    const plan = el.querySelector<HTMLAnchorElement>('[data-testid="protocol-planned"] a');
    expect(plan?.getAttribute('href')).toBe('/plan-changes/change-1');
    expect(el.querySelector('#restore-start')).toBeNull();
  });

  it('the lead restores a retired protocol after confirming, and the page shows it active again', async () => {
    const retired = aStory({
      protocol: { ...aStory().protocol, status: 'retired', retiredAt: '2026-02-01T10:00:00.000Z' },
    });
    const { harness, el, text, answer } = await open('lead', retired);
    expect(text('.protocol-retired')).toContain('The council’s lead can restore it');
    el.querySelector<HTMLButtonElement>('#restore-start')?.click();
    await harness.fixture.whenStable();
    const reason = el.querySelector<HTMLTextAreaElement>('#restore-reason');
    if (!reason) throw new Error('no reason field');
    reason.value = 'Retired by mistake';
    reason.dispatchEvent(new Event('input'));
    el.querySelector<HTMLFormElement>('rcp-protocol-restore form')?.dispatchEvent(
      new Event('submit'),
    );
    await harness.fixture.whenStable();
    const dialog = TestBed.inject(MatDialog).openDialogs[0];
    dialog.close(true);
    await firstValueFrom(dialog.afterClosed());
    await harness.fixture.whenStable();
    const req = http.expectOne(`${BASE}/${retired.protocol.id}/restore`);
    expect(req.request.body).toEqual({ reason: 'Retired by mistake', version: 3 });
    const active = { ...retired.protocol, status: 'active' as const, retiredAt: null, version: 4 };
    req.flush(active);
    await harness.fixture.whenStable();
    await answer({ ...retired, protocol: active });
    expect(text('[data-testid="status"]')).toContain('has been restored');
    expect(text('[data-testid="protocol-status"]')).toBe('Active');
    expect(el.querySelector('#restore-start')).toBeNull();
  });

  it('a restore that meets someone else’s change says so and offers to reload', async () => {
    const retired = aStory({
      protocol: { ...aStory().protocol, status: 'retired', retiredAt: '2026-02-01T10:00:00.000Z' },
    });
    const { harness, el } = await open('lead', retired);
    el.querySelector<HTMLButtonElement>('#restore-start')?.click();
    await harness.fixture.whenStable();
    const reason = el.querySelector<HTMLTextAreaElement>('#restore-reason');
    if (!reason) throw new Error('no reason field');
    reason.value = 'Needed again';
    reason.dispatchEvent(new Event('input'));
    el.querySelector<HTMLFormElement>('rcp-protocol-restore form')?.dispatchEvent(
      new Event('submit'),
    );
    await harness.fixture.whenStable();
    const dialog = TestBed.inject(MatDialog).openDialogs[0];
    dialog.close(true);
    await firstValueFrom(dialog.afterClosed());
    await harness.fixture.whenStable();
    http
      .expectOne(`${BASE}/${retired.protocol.id}/restore`)
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'Someone else changed this protocol.' },
        { status: 409, statusText: 'Conflict' },
      );
    await harness.fixture.whenStable();
    expect(el.textContent).toContain(RESTORE_CONFLICT_MESSAGE);
  });

  it('retiring no longer says a protocol cannot be brought back', async () => {
    const { harness, el } = await open('lead', aStory());
    el.querySelector<HTMLButtonElement>('#retire-start')?.click();
    await harness.fixture.whenStable();
    expect(el.textContent).not.toMatch(/brought back/);
    expect(el.textContent).toContain('the lead can restore it');
  });
});
