import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Council } from '@rcp/api-contract';
import { CouncilSettingsPage, SETTINGS_CONFLICT_MESSAGE } from './council-settings-page';

function aCouncil(overrides: Partial<Council> = {}): Council {
  return {
    id: 'c1',
    name: 'Northfield Borough Council',
    type: 'metropolitan-borough',
    region: 'North West',
    populationBand: '300k-500k',
    sharing: 'anonymised',
    archived: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    version: 3,
    ...overrides,
  };
}

describe('the council settings page', () => {
  let backend: HttpTestingController;

  async function render(council: Council | null = aCouncil()) {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(CouncilSettingsPage);
    fixture.componentRef.setInput('councilId', 'c1');
    fixture.autoDetectChanges();
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const get = backend.expectOne({ method: 'GET', url: '/api/v1/councils/c1' });
    if (council) get.flush(council);
    else
      get.flush(
        { statusCode: 404, error: 'Not Found', message: 'No such council.' },
        { status: 404, statusText: 'Not Found' },
      );
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const choose = async (value: 'named' | 'anonymised') => {
      el.querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`)?.click();
      await fixture.whenStable();
    };
    const submit = async () => {
      el.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      await fixture.whenStable();
    };
    return { fixture, el, choose, submit };
  }

  afterEach(() => {
    backend.verify();
    document.body.innerHTML = '';
  });

  it('shows the council’s details and its current choice, anonymised unless it chose otherwise', async () => {
    const { el } = await render();
    expect(el.querySelector('[data-testid="council-details"]')?.textContent).toContain(
      'Metropolitan borough',
    );
    expect(el.querySelector<HTMLInputElement>('input[value="anonymised"]')?.checked).toBe(true);
    expect(el.querySelector<HTMLInputElement>('input[value="named"]')?.checked).toBe(false);
    expect(el.textContent).toContain('Show our council by name in benchmarks');
  });

  it('saves the choice with the version it started from and says so', async () => {
    const { el, fixture, choose, submit } = await render();
    await choose('named');
    await submit();
    const put = backend.expectOne({ method: 'PUT', url: '/api/v1/councils/c1/sharing' });
    expect(put.request.body).toEqual({ sharing: 'named', version: 3 });
    put.flush(aCouncil({ sharing: 'named', version: 4 }));
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="status"]')?.textContent).toContain(
      'Other councils now see your council by name in benchmarks.',
    );
    expect(el.querySelector('[data-testid="current-sharing"]')?.textContent).toContain(
      'Shown by name',
    );
  });

  it('when someone else changed the council first, says so and reloads their version on request', async () => {
    const { el, fixture, choose, submit } = await render();
    await choose('named');
    await submit();
    backend
      .expectOne('/api/v1/councils/c1/sharing')
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'Version mismatch' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    const summary = el.querySelector<HTMLElement>('[data-testid="error-summary"]');
    expect(summary?.textContent).toContain(SETTINGS_CONFLICT_MESSAGE);
    expect(document.activeElement).toBe(summary);

    Array.from(summary?.querySelectorAll('button') ?? [])
      .find((b) => b.textContent?.trim() === 'Reload')
      ?.click();
    backend
      .expectOne({ method: 'GET', url: '/api/v1/councils/c1' })
      .flush(aCouncil({ sharing: 'named', version: 5 }));
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="error-summary"]')).toBeNull();
    expect(el.querySelector<HTMLInputElement>('input[value="named"]')?.checked).toBe(true);

    await choose('anonymised');
    await submit();
    const retry = backend.expectOne({ method: 'PUT', url: '/api/v1/councils/c1/sharing' });
    expect(retry.request.body).toEqual({ sharing: 'anonymised', version: 5 });
    retry.flush(aCouncil({ version: 6 }));
  });

  it('says another council’s settings cannot be found, as the server does', async () => {
    const { el } = await render(null);
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'There is no such council, or its settings are not yours to change.',
    );
  });
});
