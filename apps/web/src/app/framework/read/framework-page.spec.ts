import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { provideRouter } from '@angular/router';
import { FRAMEWORKS_API } from '../framework-api';
import { aSummary, aVersion } from '../testing';
import { FrameworkPage } from './framework-page';

const v1 = aVersion({
  number: 1,
  status: 'published',
  publishedAt: '2026-01-05T10:00:00.000Z',
  revision: 1,
});
const v2 = aVersion({
  number: 2,
  status: 'published',
  publishedAt: '2026-03-02T10:00:00.000Z',
  revision: 9,
});

describe('the framework page', () => {
  let backend: HttpTestingController;

  async function render(version?: string) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        provideNoopAnimations(),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(FrameworkPage);
    if (version) fixture.componentRef.setInput('version', version);
    fixture.autoDetectChanges();
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    backend.expectOne(`${FRAMEWORKS_API}/versions`).flush([aSummary(v2), aSummary(v1)]);
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  afterEach(() => {
    backend.verify();
    document.body.innerHTML = '';
  });

  it('shows the current version: its number, date, principles, and behaviours linked to their principles', async () => {
    const { fixture, el } = await render();
    backend.expectOne(`${FRAMEWORKS_API}/current`).flush(v2);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="framework-version"]')?.textContent).toContain(
      'Version 2, the current version',
    );
    expect(el.textContent).toContain('2 March 2026');
    const principles = el.querySelector('[data-testid="principles"]');
    expect(principles?.querySelector('#principle-relationships-first h3')?.textContent).toContain(
      'Relationships first',
    );
    expect(principles?.textContent).toContain('Weight1.5');
    const link = el.querySelector<HTMLAnchorElement>('[data-testid="behaviours"] a');
    expect(link?.textContent).toBe('Mutual trust');
    link?.click();
    expect(document.activeElement?.id).toBe('principle-mutual-trust');
  });

  it('shows an older version on request, saying it is not the current one', async () => {
    const { fixture, el } = await render('1');
    backend.expectOne(`${FRAMEWORKS_API}/versions/1`).flush(v1);
    await fixture.whenStable();
    expect(el.querySelector('[data-testid="framework-version"]')?.textContent?.trim()).toBe(
      'Version 1',
    );
    expect(el.textContent).toContain('You are reading an older version.');
  });

  it('says so when there is no such version', async () => {
    const { fixture, el } = await render('7');
    backend
      .expectOne(`${FRAMEWORKS_API}/versions/7`)
      .flush(
        { statusCode: 404, error: 'Not Found', message: 'There is no framework version 7.' },
        { status: 404, statusText: 'Not Found' },
      );
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain(
      'There is no framework version 7.',
    );
  });
});
