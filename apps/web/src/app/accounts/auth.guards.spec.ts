import { Location } from '@angular/common';
import { provideLocationMocks } from '@angular/common/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { Role } from '@rcp/vocabulary';
import { authGuard, roleGuard, signedOutGuard } from './auth.guards';
import { AuthService } from './auth.service';
import { aCurrentUser } from './testing';

@Component({ template: '<h1>Page</h1>' })
class SomePage {}

@Component({ template: '<h1>You do not have access to this page</h1>' })
class NoAccess {}

@Component({ template: '<h1>Sign in</h1>' })
class SignIn {}

describe('who may open which page (route guards)', () => {
  let router: Router;
  let harness: RouterTestingHarness;

  async function setUp(role: Role | null): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideLocationMocks(),
        provideRouter([
          { path: 'sign-in', component: SignIn, canActivate: [signedOutGuard] },
          { path: 'no-access', component: NoAccess },
          { path: 'mine', component: SomePage, canActivate: [authGuard] },
          {
            path: 'admin/users',
            component: SomePage,
            canActivate: [authGuard, roleGuard(['coordinator'])],
          },
          {
            path: 'audit-log',
            component: SomePage,
            canActivate: [authGuard, roleGuard(['coordinator', 'lead'])],
          },
          { path: '', component: SomePage },
        ]),
      ],
    });
    // As at app start: the server says who is signed in.
    const loaded = TestBed.inject(AuthService).load();
    const session = TestBed.inject(HttpTestingController).expectOne('/api/v1/auth/session');
    session.flush(role ? { signedIn: true, user: aCurrentUser({ role }) } : { signedIn: false });
    await loaded;
    router = TestBed.inject(Router);
    harness = await RouterTestingHarness.create();
  }

  it('sends a signed-out person to sign in, remembering where they were going', async () => {
    await setUp(null);
    await harness.navigateByUrl('/mine?tab=2');
    expect(router.url).toBe('/sign-in?returnUrl=%2Fmine%3Ftab%3D2');
  });

  it('lets a signed-in person open a page for signed-in people', async () => {
    await setUp('viewer');
    await harness.navigateByUrl('/mine');
    expect(router.url).toBe('/mine');
  });

  it('sends a signed-out person to sign in from a page for some roles', async () => {
    await setUp(null);
    await harness.navigateByUrl('/admin/users');
    expect(router.url).toBe('/sign-in?returnUrl=%2Fadmin%2Fusers');
  });

  it('lets a coordinator open the users page', async () => {
    await setUp('coordinator');
    await harness.navigateByUrl('/admin/users');
    expect(router.url).toBe('/admin/users');
    expect(harness.routeNativeElement?.textContent).toContain('Page');
  });

  it('shows a manager the no-access page at the address they tried', async () => {
    await setUp('manager');
    await harness.navigateByUrl('/admin/users');
    expect(harness.routeNativeElement?.textContent).toContain(
      'You do not have access to this page',
    );
    expect(TestBed.inject(Location).path()).toBe('/admin/users');
  });

  it('lets a lead, but not a viewer, open the audit log', async () => {
    await setUp('lead');
    await harness.navigateByUrl('/audit-log');
    expect(harness.routeNativeElement?.textContent).toContain('Page');

    TestBed.resetTestingModule();
    await setUp('viewer');
    await harness.navigateByUrl('/audit-log');
    expect(harness.routeNativeElement?.textContent).toContain('You do not have access');
  });

  it('sends a signed-in person away from the sign-in page to home', async () => {
    await setUp('lead');
    await harness.navigateByUrl('/sign-in');
    expect(router.url).toBe('/');
  });
});
