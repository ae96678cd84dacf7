import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Protocol } from '@rcp/api-contract';
import { aProtocol, CATEGORIES } from '../testing';
import { ProtocolForm } from './protocol-form';
import { PROTOCOL_CONFLICT_MESSAGE } from './protocol-form-model';

const API = '/api/v1/councils/council-1/protocols';

@Component({
  imports: [ProtocolForm],
  template: `<rcp-protocol-form
    councilId="council-1"
    [protocol]="protocol()"
    [categories]="categories"
    [cancelLink]="['/councils', 'council-1', 'register']"
    (saved)="saved.set($event)"
  />`,
})
class Host {
  readonly protocol = signal<Protocol | null>(null);
  readonly categories = CATEGORIES;
  readonly saved = signal<Protocol | null>(null);
}

describe('the protocol form', () => {
  let backend: HttpTestingController;

  async function render(protocol: Protocol | null) {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.protocol.set(protocol);
    fixture.autoDetectChanges();
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const submit = async () => {
      el.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      await fixture.whenStable();
    };
    const type = async (selector: string, value: string) => {
      const input = el.querySelector<HTMLInputElement>(selector);
      if (!input) throw new Error(`no ${selector}`);
      input.value = value;
      input.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    const summary = () => el.querySelector<HTMLElement>('[data-testid="error-summary"]');
    const summaryLinks = () =>
      Array.from(summary()?.querySelectorAll('a') ?? []).map((a) => ({
        href: a.getAttribute('href'),
        text: a.textContent?.trim(),
      }));
    return { fixture, el, submit, type, summary, summaryLinks };
  }

  afterEach(() => backend.verify());

  it('sent empty, lists every missing answer in a focused error summary and sends nothing', async () => {
    const { submit, summary, summaryLinks } = await render(null);
    await submit();
    expect(summaryLinks()).toEqual([
      { href: '#protocol-name', text: 'Enter the protocol’s name' },
      { href: '#protocol-category', text: 'Select the category' },
      { href: '#protocol-type', text: 'Select the type of protocol' },
      { href: '#protocol-serviceArea', text: 'Enter the service area' },
      { href: '#protocol-contextNeed', text: 'Select the context need' },
      { href: '#protocol-reach', text: 'Select the reach' },
      { href: '#protocol-basis', text: 'Select where the rule comes from' },
    ]);
    expect(document.activeElement).toBe(summary());
    backend.expectNone(API);
  });

  it('points to the part of the review date that is missing, and to a link that is not a web address', async () => {
    const { submit, type, summaryLinks } = await render(aProtocol());
    await type('#protocol-reviewDate-day', '31');
    await type('#protocol-reviewDate-month', '');
    await type('#protocol-reviewDate-year', '');
    await type('#protocol-sourceLinks-0', 'intranet/policies');
    await submit();
    expect(summaryLinks()).toEqual([
      { href: '#protocol-reviewDate-month', text: 'Review date must include a month and year' },
      {
        href: '#protocol-sourceLinks-0',
        text: 'Link 1 must be a web address starting with http:// or https://',
      },
    ]);
  });

  it('when editing, sends every field with the version it started from, and the category’s scope', async () => {
    const protocol = aProtocol({ id: 'p1', version: 7, sourceLinks: ['https://example.org/a'] });
    const { fixture, submit, type } = await render(protocol);
    await type('#protocol-name', 'Caseload caps');
    await type('#protocol-reviewDate-day', '1');
    await type('#protocol-reviewDate-month', '4');
    await type('#protocol-reviewDate-year', '2028');
    await submit();
    const request = backend.expectOne({ method: 'PATCH', url: `${API}/p1` });
    expect(request.request.body).toEqual({
      name: 'Caseload caps',
      description: protocol.description,
      category: 'time-and-caseload',
      type: 'policy',
      owner: protocol.owner,
      serviceArea: protocol.serviceArea,
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'high',
      basis: 'local-practice',
      reviewDate: '2028-04-01',
      sourceLinks: ['https://example.org/a'],
      version: 7,
    });
    request.flush(aProtocol({ id: 'p1', name: 'Caseload caps', version: 8 }));
    await fixture.whenStable();
    expect(fixture.componentInstance.saved()?.version).toBe(8);
  });

  it('when someone else saved first, says so and reloads their version on request', async () => {
    const { fixture, el, submit, summary } = await render(aProtocol({ id: 'p1', version: 2 }));
    await submit();
    backend.expectOne(`${API}/p1`).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'Someone else changed this protocol since you loaded it. Reload and try again.',
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(summary()?.textContent).toContain(PROTOCOL_CONFLICT_MESSAGE);
    expect(document.activeElement).toBe(summary());

    Array.from(summary()?.querySelectorAll('button') ?? [])
      .find((b) => b.textContent?.trim() === 'Reload')
      ?.click();
    backend
      .expectOne({ method: 'GET', url: `${API}/p1` })
      .flush(aProtocol({ id: 'p1', owner: 'Director of Children’s Services', version: 3 }));
    await fixture.whenStable();
    expect(summary()).toBeNull();
    expect(el.querySelector<HTMLInputElement>('#protocol-owner')?.value).toBe(
      'Director of Children’s Services',
    );

    await submit();
    const retry = backend.expectOne({ method: 'PATCH', url: `${API}/p1` });
    expect(retry.request.body).toMatchObject({
      owner: 'Director of Children’s Services',
      version: 3,
    });
    retry.flush(aProtocol({ id: 'p1', version: 4 }));
  });

  it('shows a name already in the register next to the name, not as someone else’s change', async () => {
    const { fixture, el, submit, type, summaryLinks } = await render(aProtocol({ id: 'p1' }));
    await type('#protocol-name', 'Supervision');
    await submit();
    backend.expectOne(`${API}/p1`).flush(
      {
        statusCode: 409,
        error: 'Conflict',
        message: 'The register already has a protocol with this name.',
        errors: [{ field: 'name', messages: ['is already in the register'] }],
      },
      { status: 409, statusText: 'Conflict' },
    );
    await fixture.whenStable();
    expect(summaryLinks()).toEqual([
      {
        href: '#protocol-name',
        text: 'There is already a protocol called “Supervision” in the register.',
      },
    ]);
    expect(el.querySelector('mat-error')?.textContent).toContain(
      'There is already a protocol called “Supervision” in the register.',
    );
    expect(el.textContent).not.toContain(PROTOCOL_CONFLICT_MESSAGE);
  });

  it('shows the server’s field errors next to their fields, linking to the first input of a group', async () => {
    const { fixture, submit, summaryLinks } = await render(aProtocol({ id: 'p1' }));
    await submit();
    backend.expectOne(`${API}/p1`).flush(
      {
        statusCode: 400,
        error: 'Bad Request',
        message: 'The request has invalid fields.',
        errors: [
          { field: 'category', messages: ['must be a category of the current framework'] },
          { field: 'reviewDate', messages: ['must be a date (YYYY-MM-DD)'] },
          { field: 'scope', messages: ['must be wider for a wider-environment category'] },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(summaryLinks()).toEqual([
      {
        href: '#protocol-category',
        text: 'Category must be a category of the current framework.',
      },
      { href: '#protocol-reviewDate-day', text: 'Review date must be a date (YYYY-MM-DD).' },
    ]);
    const texts = Array.from(
      fixture.nativeElement.querySelectorAll('[data-testid="error-summary"] li'),
    ).map((li) => (li as HTMLElement).textContent?.trim());
    expect(texts).toContain('Scope must be wider for a wider-environment category.');
  });
});
