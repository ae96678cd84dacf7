import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuthService } from './accounts/auth.service';
import { aCurrentUser } from './accounts/testing';
import { App } from './app';

describe('the app shell', () => {
  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [App],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    }).compileComponents();
  });

  it('offers a skip link before the header, and landmarks for header, navigation, main and footer', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.firstElementChild?.textContent?.trim()).toBe('Skip to main content');
    expect(el.querySelector('header')?.textContent).toContain('RCP Audit');
    expect(el.querySelector('nav[aria-label="Main"]')).not.toBeNull();
    expect(el.querySelector('main#main-content')).not.toBeNull();
    expect(el.querySelector('footer')).not.toBeNull();
  });

  it('moves focus to the main content when the skip link is used', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    (el.querySelector('.skip-link') as HTMLAnchorElement).click();
    await new Promise((r) => queueMicrotask(() => r(undefined)));
    expect(document.activeElement).toBe(el.querySelector('main'));
  });

  it('offers "Sign in" in the header to someone signed out', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const header: HTMLElement = fixture.nativeElement.querySelector('header');
    expect(header.querySelector('a[href="/sign-in"]')?.textContent?.trim()).toBe('Sign in');
    expect(header.querySelector('[data-testid="user-menu"]')).toBeNull();
  });

  it('shows the signed-in person’s name and role in the header, and their role’s pages', async () => {
    const loaded = TestBed.inject(AuthService).load();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/v1/auth/session')
      .flush({ signedIn: true, user: aCurrentUser({ role: 'lead', displayName: 'Lee Lead' }) });
    await loaded;
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const header: HTMLElement = fixture.nativeElement.querySelector('header');
    const menu = header.querySelector('[data-testid="user-menu"]');
    expect(menu?.textContent).toContain('Lee Lead');
    expect(menu?.textContent).toContain('Council lead');
    expect(header.querySelector('a[href="/sign-in"]')).toBeNull();
    const nav = Array.from(header.querySelectorAll('nav a')).map((a) => a.textContent?.trim());
    expect(nav).toEqual([
      'Home',
      'Audits',
      'Register',
      'Plan',
      'Benchmarks',
      'Protocol library',
      'Framework',
      'Council users',
      'Audit log',
    ]);
  });

  it('draws the user menu’s button itself, and loads and opens Material’s menu on the first press', async () => {
    const loaded = TestBed.inject(AuthService).load();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/v1/auth/session')
      .flush({ signedIn: true, user: aCurrentUser({ role: 'lead', displayName: 'Lee Lead' }) });
    await loaded;
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    // Before the press: the header's own button, and no menu component (its chunk not needed yet).
    expect(el.querySelector('rcp-user-menu')).toBeNull();
    const button = el.querySelector<HTMLButtonElement>('[data-testid="user-menu"]');
    expect(button?.getAttribute('aria-haspopup')).toBe('menu');
    expect(button?.getAttribute('aria-expanded')).toBe('false');

    button?.click();
    await fixture.whenStable();
    await new Promise((r) => setTimeout(r));
    await fixture.whenStable();
    expect(el.querySelector('rcp-user-menu')).not.toBeNull();
    const menu = document.querySelector('[role="menu"]');
    expect(menu?.textContent).toContain('Sign out');
    expect(el.querySelector('[data-testid="user-menu"]')?.getAttribute('aria-expanded')).toBe(
      'true',
    );
    // Focus went into the open menu, as a press on Material's own trigger does.
    expect(menu?.contains(document.activeElement)).toBe(true);
  });
});
