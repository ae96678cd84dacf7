import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { SignInOptions } from '@rcp/api-contract';
import { AuthService } from '../auth.service';
import { aCurrentUser } from '../testing';
import { SignInPage, tooManyAttemptsMessage } from './sign-in-page';

@Component({ template: '<h1>Somewhere</h1>' })
class Somewhere {}

const demoOptions: SignInOptions = {
  demo: true,
  demoPassword: 'demo-password-1234',
  demoAccounts: [
    { email: 'coordinator@demo.example', role: 'coordinator', councilName: null },
    {
      email: 'lead@northfield.demo.example',
      role: 'lead',
      councilName: 'Northfield Borough Council',
    },
  ],
};

describe('the sign-in page', () => {
  let backend: HttpTestingController;
  let harness: RouterTestingHarness;
  let el: HTMLElement;

  async function open(url = '/sign-in', options: SignInOptions | null = null) {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'sign-in', component: SignInPage },
            { path: 'admin/users', component: Somewhere },
            { path: '', component: Somewhere },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, SignInPage);
    const optionsRequest = backend.expectOne('/api/v1/auth/sign-in-options');
    if (options) optionsRequest.flush(options);
    else optionsRequest.flush({ demo: false, demoAccounts: [], demoPassword: null });
    await harness.fixture.whenStable();
    el = harness.routeNativeElement as HTMLElement;
    document.body.appendChild(harness.fixture.nativeElement);
  }

  function type(id: string, value: string) {
    const input = el.querySelector<HTMLInputElement>(`#${id}`);
    if (!input) throw new Error(`no field #${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }

  async function submit() {
    el.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await harness.fixture.whenStable();
  }

  const summary = () => el.querySelector<HTMLElement>('[data-testid="error-summary"]');

  afterEach(() => backend.verify());

  it('with nothing filled in, lists both problems at the top, linked to the fields, and focuses them', async () => {
    await open();
    await submit();
    backend.expectNone('/api/v1/auth/login');
    expect(summary()?.getAttribute('role')).toBe('alert');
    const links = Array.from(summary()?.querySelectorAll('a') ?? []).map((a) => [
      a.textContent?.trim(),
      a.getAttribute('href'),
    ]);
    expect(links).toEqual([
      ['Enter your email address', '#sign-in-email'],
      ['Enter your password', '#sign-in-password'],
    ]);
    expect(document.activeElement).toBe(summary());
    expect(el.querySelector('mat-error')?.textContent).toContain('Enter your email address');
  });

  it('with a wrong password, shows the server’s message', async () => {
    await open();
    type('sign-in-email', 'lead@northfield.demo.example');
    type('sign-in-password', 'not-the-password');
    await submit();
    backend
      .expectOne('/api/v1/auth/login')
      .flush(
        { statusCode: 401, error: 'Unauthorized', message: 'The email or password is not right.' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await harness.fixture.whenStable();
    expect(summary()?.textContent).toContain('The email or password is not right.');
    expect(TestBed.inject(AuthService).isSignedIn()).toBe(false);
  });

  it('after too many failures, says how long to wait, in the alerting error summary', async () => {
    await open();
    type('sign-in-email', 'lead@northfield.demo.example');
    type('sign-in-password', 'x');
    await submit();
    backend
      .expectOne('/api/v1/auth/login')
      .flush(
        { statusCode: 429, error: 'Too Many Requests', message: 'Slow down' },
        { status: 429, statusText: 'Too Many Requests', headers: { 'Retry-After': '8' } },
      );
    await harness.fixture.whenStable();
    expect(summary()?.getAttribute('role')).toBe('alert');
    expect(summary()?.textContent).toContain(
      'Too many sign-in attempts. Wait 8 seconds, then try again.',
    );
    expect(document.activeElement).toBe(summary());
  });

  it.each([
    [1, 'Wait 1 second,'],
    [60, 'Wait 1 minute,'],
    [900, 'Wait 15 minutes,'],
    [null, 'Wait a minute,'],
  ])('words a wait of %p seconds as "%s"', (seconds, words) => {
    expect(tooManyAttemptsMessage(seconds)).toContain(words);
  });

  it('signs in and goes back to the page the person came from', async () => {
    await open('/sign-in?returnUrl=%2Fadmin%2Fusers');
    type('sign-in-email', 'coordinator@demo.example');
    type('sign-in-password', 'demo-password-1234');
    await submit();
    const login = backend.expectOne({ method: 'POST', url: '/api/v1/auth/login' });
    expect(login.request.body).toEqual({
      email: 'coordinator@demo.example',
      password: 'demo-password-1234',
    });
    login.flush(aCurrentUser({ role: 'coordinator' }));
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/admin/users');
    expect(TestBed.inject(AuthService).role()).toBe('coordinator');
  });

  it('does not follow a return address to another site', async () => {
    await open('/sign-in?returnUrl=https:%2F%2Fevil.example');
    type('sign-in-email', 'coordinator@demo.example');
    type('sign-in-password', 'demo-password-1234');
    await submit();
    backend.expectOne('/api/v1/auth/login').flush(aCurrentUser({ role: 'coordinator' }));
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/');
  });

  it('in demo mode, lists the demo accounts and fills the form with the one chosen', async () => {
    await open('/sign-in', demoOptions);
    const rows = Array.from(el.querySelectorAll('.demo tbody tr')).map((r) => r.textContent);
    expect(rows[0]).toContain('coordinator@demo.example');
    expect(rows[0]).toContain('Network coordinator');
    expect(rows[1]).toContain('Council lead');
    expect(rows[1]).toContain('Northfield Borough Council');
    expect(el.querySelector('[data-testid="demo-password"]')?.textContent).toBe(
      'demo-password-1234',
    );

    el.querySelectorAll<HTMLButtonElement>('.demo tbody button')[1].click();
    await harness.fixture.whenStable();
    expect(el.querySelector<HTMLInputElement>('#sign-in-email')?.value).toBe(
      'lead@northfield.demo.example',
    );
    expect(el.querySelector<HTMLInputElement>('#sign-in-password')?.value).toBe(
      'demo-password-1234',
    );
    expect(document.activeElement?.textContent?.trim()).toBe('Sign in');
  });

  it('outside demo mode, lists no accounts', async () => {
    await open();
    expect(el.querySelector('.demo')).toBeNull();
  });

  it('lists accounts only when the server says it is in demo mode, whatever else it sends', async () => {
    await open('/sign-in', { ...demoOptions, demo: false });
    expect(el.querySelector('.demo')).toBeNull();
    expect(el.textContent).not.toContain('demo-password-1234');
  });
});
