import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { AuthService } from './auth.service';
import { aCurrentUser } from './testing';

describe('who is signed in (AuthService)', () => {
  let auth: AuthService;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    auth = TestBed.inject(AuthService);
    http = TestBed.inject(HttpTestingController);
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });

  afterEach(() => http.verify());

  it('knows the user the server says is signed in when the app starts', async () => {
    const loaded = auth.load();
    http
      .expectOne({ method: 'GET', url: '/api/v1/auth/session' })
      .flush({ signedIn: true, user: aCurrentUser({ role: 'lead' }) });
    await loaded;
    expect(auth.isSignedIn()).toBe(true);
    expect(auth.role()).toBe('lead');
    expect(auth.currentUser()?.councilName).toBe('Northfield Borough Council');
  });

  it('starts signed out, without a warning, when the server says nobody is signed in', async () => {
    const loaded = auth.load();
    http.expectOne('/api/v1/auth/session').flush({ signedIn: false });
    await loaded;
    expect(auth.isSignedIn()).toBe(false);
    expect(auth.role()).toBeNull();
    expect(console.warn).not.toHaveBeenCalled();
  });

  it('still starts (signed out) when the server cannot answer', async () => {
    const loaded = auth.load();
    http.expectOne('/api/v1/auth/session').error(new ProgressEvent('error'));
    await expect(loaded).resolves.toBeUndefined();
    expect(auth.isSignedIn()).toBe(false);
  });

  it('signing in sends the email and password and remembers the user', async () => {
    const result = firstValueFrom(auth.signIn({ email: 'a@b.example', password: 'secret' }));
    const request = http.expectOne({ method: 'POST', url: '/api/v1/auth/login' });
    expect(request.request.body).toEqual({ email: 'a@b.example', password: 'secret' });
    request.flush(aCurrentUser({ role: 'manager' }));
    await result;
    expect(auth.role()).toBe('manager');
  });

  it('a failed sign-in leaves nobody signed in', async () => {
    const result = firstValueFrom(auth.signIn({ email: 'a@b.example', password: 'wrong' }));
    http
      .expectOne('/api/v1/auth/login')
      .flush(
        { statusCode: 401, message: 'The email or password is not right.' },
        { status: 401, statusText: 'Unauthorized' },
      );
    await expect(result).rejects.toMatchObject({ status: 401 });
    expect(auth.isSignedIn()).toBe(false);
  });

  it('signing out ends the session on the server and forgets the user', async () => {
    auth.signIn({ email: 'a@b.example', password: 'x' }).subscribe();
    http.expectOne('/api/v1/auth/login').flush(aCurrentUser());
    const done = firstValueFrom(auth.signOut(), { defaultValue: undefined });
    http
      .expectOne({ method: 'POST', url: '/api/v1/auth/logout' })
      .flush(null, { status: 204, statusText: 'No Content' });
    await done;
    expect(auth.isSignedIn()).toBe(false);
  });

  it('signing out when the session had already ended still signs out', async () => {
    auth.signIn({ email: 'a@b.example', password: 'x' }).subscribe();
    http.expectOne('/api/v1/auth/login').flush(aCurrentUser());
    const done = firstValueFrom(auth.signOut(), { defaultValue: undefined });
    http
      .expectOne('/api/v1/auth/logout')
      .flush({ statusCode: 401 }, { status: 401, statusText: 'Unauthorized' });
    await expect(done).resolves.toBeUndefined();
    expect(auth.isSignedIn()).toBe(false);
  });

  it('accepting an invitation signs the invitee in', async () => {
    const result = firstValueFrom(
      auth.acceptInvitation('tok/en', { password: 'a long enough password' }),
    );
    const request = http.expectOne({
      method: 'POST',
      url: '/api/v1/invitations/tok%2Fen/accept',
    });
    expect(request.request.body).toEqual({ password: 'a long enough password' });
    request.flush(aCurrentUser({ role: 'viewer' }));
    await result;
    expect(auth.role()).toBe('viewer');
  });
});
