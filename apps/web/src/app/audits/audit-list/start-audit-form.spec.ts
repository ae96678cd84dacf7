import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Audit } from '@rcp/api-contract';
import { anAudit } from '../testing/builders';
import { todayIso } from '../model/rating-text';
import { notInTheFuture, StartAuditForm } from './start-audit-form';

@Component({
  imports: [StartAuditForm],
  template: `<rcp-start-audit-form councilId="council-1" (started)="started.set($event)" />`,
})
class Host {
  readonly started = signal<Audit | null>(null);
}

describe('starting an audit', () => {
  let backend: HttpTestingController;

  async function render() {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    backend = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(Host);
    fixture.autoDetectChanges();
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const type = (id: string, value: string) => {
      const input = el.querySelector<HTMLInputElement>(`#${id}`) as HTMLInputElement;
      input.value = value;
      input.dispatchEvent(new Event('input'));
    };
    const submit = async () => {
      el.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      await fixture.whenStable();
    };
    return { fixture, el, type, submit };
  }

  afterEach(() => backend.verify());

  it('always collects leadership’s ratings', async () => {
    const { el } = await render();
    const leadership = el.querySelector<HTMLInputElement>('#start-audit-leadership');
    expect(leadership?.checked).toBe(true);
    expect(leadership?.disabled).toBe(true);
  });

  it('lists what is missing, and refuses a period that ends before it starts', async () => {
    const { el, type, submit } = await render();
    await submit();
    const links = () =>
      Array.from(el.querySelectorAll('[data-testid="error-summary"] a')).map((a) =>
        a.getAttribute('href'),
      );
    expect(links()).toEqual([
      '#start-audit-label',
      '#start-audit-periodStart',
      '#start-audit-periodEnd',
    ]);
    type('start-audit-label', '2026 first half');
    type('start-audit-periodStart', '2026-06-30');
    type('start-audit-periodEnd', '2026-01-01');
    await submit();
    expect(el.querySelector('[data-testid="error-summary"]')?.textContent).toContain(
      'The period must end on or after the day it starts',
    );
    backend.expectNone('/api/v1/councils/council-1/audits');
  });

  it('starts the audit with the perspectives chosen', async () => {
    const { el, fixture, type, submit } = await render();
    type('start-audit-label', ' 2025 first half ');
    type('start-audit-periodStart', '2025-01-01');
    type('start-audit-periodEnd', '2025-06-30');
    const residents = el.querySelector<HTMLInputElement>('#start-audit-residents');
    residents?.click();
    await submit();
    const request = backend.expectOne({ method: 'POST', url: '/api/v1/councils/council-1/audits' });
    expect(request.request.body).toEqual({
      label: '2025 first half',
      periodStart: '2025-01-01',
      periodEnd: '2025-06-30',
      perspectives: ['leadership', 'residents'],
    });
    request.flush(anAudit());
    await fixture.whenStable();
    expect(fixture.componentInstance.started()?.id).toBe('audit-1');
  });

  it('refuses a period that ends in the future, and the date input stops at today', async () => {
    const { el, type, submit } = await render();
    const end = el.querySelector<HTMLInputElement>('#start-audit-periodEnd') as HTMLInputElement;
    expect(end.max).toBe(todayIso());
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    type('start-audit-label', 'Next half');
    type('start-audit-periodStart', todayIso());
    type('start-audit-periodEnd', todayIso(tomorrow));
    await submit();
    expect(el.querySelector('[data-testid="error-summary"]')?.textContent).toContain(
      'The period cannot end in the future',
    );
    backend.expectNone('/api/v1/councils/council-1/audits');
  });

  it('takes a period that ends today', () => {
    const check = notInTheFuture(() => '2026-12-06');
    expect(check({ value: '2026-12-06' } as never)).toBeNull();
    expect(check({ value: '2026-12-07' } as never)).toEqual({ future: true });
    expect(check({ value: '' } as never)).toBeNull();
  });
});
