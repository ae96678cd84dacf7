import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { AuditLogFilters } from './audit-log-api';
import { AuditLogFiltersForm } from './audit-log-filters';

@Component({
  imports: [AuditLogFiltersForm],
  template: `<rcp-audit-log-filters
    [applied]="applied()"
    [actions]="['user.deactivated', 'council.updated']"
    (apply)="emitted.set($event)"
  />`,
})
class Host {
  readonly applied = signal<AuditLogFilters>({});
  readonly emitted = signal<AuditLogFilters | null>(null);
}

describe('the audit log filters', () => {
  async function render(applied: AuditLogFilters = {}) {
    const fixture = TestBed.createComponent(Host);
    fixture.componentInstance.applied.set(applied);
    fixture.autoDetectChanges();
    document.body.appendChild(fixture.nativeElement);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    const type = (id: string, value: string) => {
      const input = el.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`);
      if (!input) throw new Error(`no #${id}`);
      input.value = value;
      input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    };
    const submit = async () => {
      el.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      await fixture.whenStable();
    };
    return { fixture, el, type, submit, host: fixture.componentInstance };
  }

  it('applies action, person and a UK date range as ISO days', async () => {
    const { type, submit, host } = await render();
    type('audit-action-filter', 'user.deactivated');
    type('audit-person-filter', '  sam@ ');
    type('audit-from', '1');
    type('audit-from-month', '7');
    type('audit-from-year', '2026');
    type('audit-to', '31');
    type('audit-to-month', '12');
    type('audit-to-year', '2026');
    await submit();
    expect(host.emitted()).toEqual({
      action: 'user.deactivated',
      person: 'sam@',
      from: '2026-07-01',
      to: '2026-12-31',
    });
  });

  it('lists a date that does not exist in the error summary, next to the field, and applies nothing', async () => {
    const { el, type, submit, host } = await render();
    type('audit-from', '31');
    type('audit-from-month', '2');
    type('audit-from-year', '2026');
    await submit();
    const summary = el.querySelector('[data-testid="error-summary"] a');
    expect(summary?.textContent).toContain('The start date must be a real date');
    expect(summary?.getAttribute('href')).toBe('#audit-from');
    expect(el.querySelector('#audit-from-error')?.textContent).toContain('must be a real date');
    expect(el.querySelector('#audit-from')?.getAttribute('aria-invalid')).toBe('true');
    expect(host.emitted()).toBeNull();
  });

  it('names the missing part of a date, GOV.UK style, and applies nothing', async () => {
    const { el, type, submit, host } = await render();
    type('audit-to', '1');
    type('audit-to-year', '2026');
    await submit();
    const summary = el.querySelector('[data-testid="error-summary"] a');
    expect(summary?.textContent).toContain('The end date must include a month');
    expect(summary?.getAttribute('href')).toBe('#audit-to');
    expect(el.querySelector('#audit-to-error')?.textContent).toContain('must include a month');
    expect(el.querySelector('#audit-to-month')?.getAttribute('aria-invalid')).toBe('true');
    expect(el.querySelector('#audit-to')?.getAttribute('aria-invalid')).toBeNull();
    expect(host.emitted()).toBeNull();
  });

  it('keeps a filter from the address only when it is a date, so a mangled link clears it', async () => {
    const { el, submit, host } = await render({ from: 'last tuesday', to: '2026-07-31' });
    expect(el.querySelector<HTMLInputElement>('#audit-from')?.value).toBe('');
    expect(el.querySelector<HTMLInputElement>('#audit-to')?.value).toBe('31');
    await submit();
    expect(host.emitted()).toEqual({ action: null, person: null, from: null, to: '2026-07-31' });
  });

  it('refuses an end date before the start date', async () => {
    const { el, type, submit, host } = await render({ from: '2026-07-02' });
    type('audit-to', '1');
    type('audit-to-month', '7');
    type('audit-to-year', '2026');
    await submit();
    expect(el.querySelector('#audit-to-error')?.textContent).toContain(
      'must be the same as or after the start date',
    );
    expect(host.emitted()).toBeNull();
  });

  it('shows the filters in force in the fields, and clears them', async () => {
    const { el, host } = await render({ action: 'council.updated', from: '2026-03-27' });
    expect(el.querySelector<HTMLSelectElement>('#audit-action-filter')?.value).toBe(
      'council.updated',
    );
    expect(el.querySelector<HTMLInputElement>('#audit-from')?.value).toBe('27');
    expect(el.querySelector<HTMLInputElement>('#audit-from-month')?.value).toBe('3');
    Array.from(el.querySelectorAll<HTMLButtonElement>('button'))
      .find((b) => b.textContent?.includes('Clear filters'))
      ?.click();
    expect(host.emitted()).toEqual({ action: null, person: null, from: null, to: null });
  });
});
