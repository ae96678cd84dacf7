import { HttpClient, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { firstValueFrom } from 'rxjs';
import { NoticeService } from '../shared/notice/notice.service';
import { AuthService } from './auth.service';
import { SESSION_ENDED_MESSAGE, sessionExpiredInterceptor } from './session-expired.interceptor';
import { aCurrentUser } from './testing';

@Component({ template: '' })
class Blank {}

describe('when the session ends (401 from the API)', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let auth: AuthService;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([sessionExpiredInterceptor])),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'sign-in', component: Blank },
          { path: 'admin/users', component: Blank },
        ]),
      ],
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    auth = TestBed.inject(AuthService);
    router = TestBed.inject(Router);
    const loaded = auth.load();
    backend
      .expectOne('/api/v1/auth/session')
      .flush({ signedIn: true, user: aCurrentUser({ role: 'coordinator' }) });
    await loaded;
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/admin/users?councilId=c1');
  });

  const unauthorized = { status: 401, statusText: 'Unauthorized' };

  it('signs the person out and sends them to sign in, to come back afterwards', async () => {
    const call = firstValueFrom(http.get('/api/v1/users'));
    backend.expectOne('/api/v1/users').flush({ statusCode: 401 }, unauthorized);
    await expect(call).rejects.toMatchObject({ status: 401 });
    await new Promise((r) => setTimeout(r));
    expect(auth.isSignedIn()).toBe(false);
    expect(router.url).toBe('/sign-in?returnUrl=%2Fadmin%2Fusers%3FcouncilId%3Dc1');
    expect(TestBed.inject(NoticeService).message()).toBe(SESSION_ENDED_MESSAGE);
  });

  it('leaves a wrong password to the sign-in page', async () => {
    const call = firstValueFrom(http.post('/api/v1/auth/login', {}));
    backend.expectOne('/api/v1/auth/login').flush({ statusCode: 401 }, unauthorized);
    await expect(call).rejects.toMatchObject({ status: 401 });
    await new Promise((r) => setTimeout(r));
    expect(auth.isSignedIn()).toBe(true);
    expect(router.url).toBe('/admin/users?councilId=c1');
  });

  it('does nothing special for other errors', async () => {
    const call = firstValueFrom(http.get('/api/v1/users'));
    backend
      .expectOne('/api/v1/users')
      .flush({ statusCode: 403 }, { status: 403, statusText: 'Forbidden' });
    await expect(call).rejects.toMatchObject({ status: 403 });
    expect(auth.isSignedIn()).toBe(true);
  });
});
