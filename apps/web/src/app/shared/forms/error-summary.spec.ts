import { Component, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ErrorSummary } from './error-summary';
import { ErrorItem } from './field-errors';

@Component({
  imports: [ErrorSummary],
  template: `
    <rcp-error-summary [errors]="errors()" />
    <label for="email">Email</label><input id="email" />
    <div id="choice"><input type="radio" name="c" id="choice-a" /></div>
  `,
})
class Host {
  readonly errors = signal<ErrorItem[]>([]);
}

describe('the error summary', () => {
  async function render(errors: ErrorItem[]) {
    const fixture = TestBed.createComponent(Host);
    fixture.autoDetectChanges();
    document.body.appendChild(fixture.nativeElement);
    fixture.componentInstance.errors.set(errors);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  it('is not there while there are no problems', async () => {
    const el = await render([]);
    expect(el.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows the problems as an alert titled "There is a problem" and takes focus', async () => {
    const el = await render([{ message: 'Enter your email address', fieldId: 'email' }]);
    const box = el.querySelector<HTMLElement>('[role="alert"]');
    expect(box?.textContent).toContain('There is a problem');
    expect(box?.textContent).toContain('Enter your email address');
    expect(document.activeElement).toBe(box);
  });

  it('links each problem to its field, moving focus there', async () => {
    const el = await render([{ message: 'Enter your email address', fieldId: 'email' }]);
    const link = el.querySelector<HTMLAnchorElement>('a[href="#email"]');
    link?.click();
    expect(document.activeElement?.id).toBe('email');
  });

  it('goes to the first control of a group of radio buttons', async () => {
    const el = await render([{ message: 'Select one', fieldId: 'choice' }]);
    el.querySelector<HTMLAnchorElement>('a[href="#choice"]')?.click();
    expect(document.activeElement?.id).toBe('choice-a');
  });

  it('shows a problem that belongs to no one field as text', async () => {
    const el = await render([{ message: 'Too many failed attempts.' }]);
    expect(el.querySelector('li a')).toBeNull();
    expect(el.querySelector('li')?.textContent).toContain('Too many failed attempts.');
  });
});
