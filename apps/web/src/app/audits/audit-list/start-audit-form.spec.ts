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
    /** Types a date into the GOV.UK boxes as a UK user does: "30 6 2026". */
    const typeDate = (id: string, dayMonthYear: string) => {
      const [day, month, year] = dayMonthYear.split(' ');
      type(id, day);
      type(`${id}-month`, month);
      type(`${id}-year`, year);
    };
    const submit = async () => {
      el.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      await fixture.whenStable();
    };
    return { fixture, el, type, typeDate, submit };
  }

  afterEach(() => backend.verify());

  it('always collects leadership’s ratings', async () => {
    const { el } = await render();
    const leadership = el.querySelector<HTMLInputElement>('#start-audit-leadership');
    expect(leadership?.checked).toBe(true);
    expect(leadership?.disabled).toBe(true);
  });

  it('lists what is missing, and refuses a period that ends before it starts', async () => {
    const { el, type, typeDate, submit } = await render();
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
    typeDate('start-audit-periodStart', '30 6 2026');
    typeDate('start-audit-periodEnd', '1 1 2026');
    await submit();
    expect(el.querySelector('[data-testid="error-summary"]')?.textContent).toContain(
      'The period must end on or after the day it starts',
    );
    backend.expectNone('/api/v1/councils/council-1/audits');
  });

  it('starts the audit with the perspectives chosen', async () => {
    const { el, fixture, type, typeDate, submit } = await render();
    type('start-audit-label', ' 2025 first half ');
    typeDate('start-audit-periodStart', '1 1 2025');
    typeDate('start-audit-periodEnd', '30 6 2025');
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

  it('takes dates day first, as UK users write them, and says which box is wrong', async () => {
    const { el, type, typeDate, submit } = await render();
    type('start-audit-label', '2025 first half');
    typeDate('start-audit-periodStart', '1 13 2025');
    type('start-audit-periodEnd', '30');
    type('start-audit-periodEnd-year', '2025');
    await submit();
    const summary = el.querySelector('[data-testid="error-summary"]')?.textContent;
    expect(summary).toContain('The start of the period must be a real date');
    expect(summary).toContain('The end of the period must include a month');
    const invalid = Array.from(el.querySelectorAll('[aria-invalid="true"]')).map((i) => i.id);
    expect(invalid).toEqual(['start-audit-periodStart-month', 'start-audit-periodEnd-month']);
    backend.expectNone('/api/v1/councils/council-1/audits');
  });

  it('refuses a period that ends in the future', async () => {
    const { el, type, typeDate, submit } = await render();
    const tomorrow = new Date();
    tomorrow.setDate(tomorrow.getDate() + 1);
    const dmy = (iso: string) => iso.split('-').reverse().join(' ');
    type('start-audit-label', 'Next half');
    typeDate('start-audit-periodStart', dmy(todayIso()));
    typeDate('start-audit-periodEnd', dmy(todayIso(tomorrow)));
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
