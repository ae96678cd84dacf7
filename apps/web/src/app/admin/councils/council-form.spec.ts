import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Council } from '@rcp/api-contract';
import { COUNCIL_CONFLICT_MESSAGE, CouncilForm } from './council-form';

function aCouncil(overrides: Partial<Council> = {}): Council {
  return {
    id: 'c1',
    name: 'Northfield Borough Council',
    type: 'metropolitan-borough',
    region: 'North West',
    populationBand: '300k-500k',
    sharing: 'named',
    archived: false,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    version: 3,
    ...overrides,
  };
}

@Component({
  imports: [CouncilForm],
  template: `<rcp-council-form [council]="council()" (saved)="saved.set($event)" />`,
})
class Host {
  readonly council = signal<Council | null>(null);
  readonly saved = signal<Council | null>(null);
}

describe('the council form', () => {
  let backend: HttpTestingController;

  async function render(council: Council | null) {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.council.set(council);
    fixture.autoDetectChanges();
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const submit = async () => {
      el.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      await fixture.whenStable();
    };
    return { fixture, el, submit };
  }

  afterEach(() => backend.verify());

  it('when adding, starts anonymised and lists every missing answer', async () => {
    const { el, submit } = await render(null);
    expect(el.querySelector<HTMLInputElement>('input[value="anonymised"]')?.checked).toBe(true);
    await submit();
    const items = Array.from(el.querySelectorAll('[data-testid="error-summary"] a')).map((a) =>
      a.getAttribute('href'),
    );
    expect(items).toEqual([
      '#council-name',
      '#council-type',
      '#council-region',
      '#council-populationBand',
    ]);
    backend.expectNone('/api/v1/councils');
  });

  it('when editing, saves the changes with the version it started from', async () => {
    const { el, fixture, submit } = await render(aCouncil());
    const name = el.querySelector<HTMLInputElement>('#council-name');
    expect(name?.value).toBe('Northfield Borough Council');
    if (name) {
      name.value = 'Northfield Council';
      name.dispatchEvent(new Event('input'));
    }
    await submit();
    const request = backend.expectOne({ method: 'PATCH', url: '/api/v1/councils/c1' });
    expect(request.request.body).toMatchObject({ name: 'Northfield Council', version: 3 });
    request.flush(aCouncil({ name: 'Northfield Council', version: 4 }));
    await fixture.whenStable();
    expect(fixture.componentInstance.saved()?.version).toBe(4);
  });

  it('when someone else saved first, says so and reloads their version on request', async () => {
    const { el, fixture, submit } = await render(aCouncil());
    await submit();
    backend
      .expectOne('/api/v1/councils/c1')
      .flush(
        { statusCode: 409, error: 'Conflict', message: 'Version mismatch' },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    const summary = el.querySelector<HTMLElement>('[data-testid="error-summary"]');
    expect(summary?.textContent).toContain(COUNCIL_CONFLICT_MESSAGE);
    expect(document.activeElement).toBe(summary);

    Array.from(summary?.querySelectorAll('button') ?? [])
      .find((b) => b.textContent?.trim() === 'Reload')
      ?.click();
    backend
      .expectOne({ method: 'GET', url: '/api/v1/councils/c1' })
      .flush(aCouncil({ populationBand: 'over-500k', version: 5 }));
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="error-summary"]')).toBeNull();

    await submit();
    const retry = backend.expectOne({ method: 'PATCH', url: '/api/v1/councils/c1' });
    expect(retry.request.body).toMatchObject({ populationBand: 'over-500k', version: 5 });
    retry.flush(aCouncil({ populationBand: 'over-500k', version: 6 }));
  });

  it('shows the server’s field errors next to the fields', async () => {
    const { el, fixture, submit } = await render(aCouncil());
    await submit();
    backend.expectOne('/api/v1/councils/c1').flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request has invalid fields.',
        errors: [{ field: 'name', messages: ['must be between 2 and 120 characters'] }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="error-summary"] a')?.textContent).toBe(
      'Name must be between 2 and 120 characters.',
    );
    expect(el.querySelector('mat-error')?.textContent).toContain(
      'Name must be between 2 and 120 characters.',
    );
  });
});
