import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { GettingStarted } from '@rcp/api-contract';
import { GettingStartedChecklist } from './getting-started-checklist';
import { checklistItems, progressText } from './getting-started-steps';

const URL = '/api/v1/councils/c-1/getting-started';

function aState(done: boolean[]): GettingStarted {
  const steps = (['register', 'first-audit', 'submit', 'plan'] as const).map((step, i) => ({
    step,
    done: done[i],
  }));
  return { steps, complete: done.every(Boolean) };
}

describe('the getting-started checklist', () => {
  let http: HttpTestingController;

  async function render(state: GettingStarted) {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(GettingStartedChecklist);
    fixture.componentRef.setInput('councilId', 'c-1');
    fixture.detectChanges();
    http.expectOne(URL).flush(state);
    await fixture.whenStable();
    fixture.detectChanges();
    return { fixture, el: fixture.nativeElement as HTMLElement };
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => http.verify());

  it('ticks the steps the council has done and links every step to where it is done', async () => {
    const { el } = await render(aState([true, true, false, false]));
    const steps = Array.from(el.querySelectorAll('li'));
    expect(steps.map((li) => li.querySelector('strong')?.textContent?.trim())).toEqual([
      'Done',
      'Done',
      'To do',
      'To do',
    ]);
    expect(steps.map((li) => li.querySelector('a')?.getAttribute('href'))).toEqual([
      '/councils/c-1/register',
      '/councils/c-1/audits',
      '/councils/c-1/audits',
      '/councils/c-1/plan',
    ]);
    expect(el.textContent).toContain('2 of 4 steps done');
  });

  it('is not shown once every step is done', async () => {
    const { el } = await render(aState([true, true, true, true]));
    expect(el.querySelector('[data-testid="getting-started"]')).toBeNull();
  });

  it('can be hidden, and stays hidden in this browser without asking the server again', async () => {
    const { el, fixture } = await render(aState([true, false, false, false]));
    (el.querySelector('button') as HTMLButtonElement).click();
    fixture.detectChanges();
    expect(el.querySelector('[data-testid="getting-started"]')).toBeNull();
    expect(el.querySelector('[role="status"]')?.textContent).toContain('hidden in this browser');

    const again = TestBed.createComponent(GettingStartedChecklist);
    again.componentRef.setInput('councilId', 'c-1');
    again.detectChanges();
    http.expectNone(URL);
    expect((again.nativeElement as HTMLElement).querySelector('section')).toBeNull();
  });

  it('words its progress', () => {
    expect(progressText(checklistItems(aState([true, false, false, false]), 'c-1'))).toBe(
      '1 of 4 steps done',
    );
  });
});
