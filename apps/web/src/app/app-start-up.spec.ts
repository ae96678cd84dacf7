import { Location } from '@angular/common';
import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { runInInjectionContext, EnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { CurrentUser } from '@rcp/api-contract';
import { aCurrentUser } from './accounts/testing';
import { startUp, StartUpChunks } from './app-start-up';

/** Starts up at `path` with recording chunk loaders; `answer` is who auth/session says is signed in. */
async function startAt(path: string, answer: CurrentUser | null) {
  TestBed.configureTestingModule({
    providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
  });
  TestBed.inject(Location).go(path);
  const asked: string[] = [];
  const chunk = (name: string) => () => {
    asked.push(name);
    return Promise.resolve();
  };
  const chunks: StartUpChunks = {
    homePage: chunk('home page'),
    dashboardPage: chunk('dashboard page'),
  };
  const done = runInInjectionContext(TestBed.inject(EnvironmentInjector), () => startUp(chunks));
  const beforeAnswer = [...asked];
  TestBed.inject(HttpTestingController)
    .expectOne('/api/v1/auth/session')
    .flush(answer ? { signedIn: true, user: answer } : { signedIn: false });
  await done;
  return { beforeAnswer, asked };
}

describe('start-up', () => {
  it('fetches the home page while asking who is signed in, then at once a council member’s dashboard', async () => {
    const { beforeAnswer, asked } = await startAt('/', aCurrentUser({ role: 'lead' }));
    expect(beforeAnswer).toEqual(['home page']);
    // Nothing in between: the user menu's chunk is not waited for (the header draws its button).
    expect(asked).toEqual(['home page', 'dashboard page']);
  });

  it('fetches no dashboard for a coordinator (the network overview) or someone signed out', async () => {
    expect((await startAt('/', aCurrentUser({ role: 'coordinator' }))).asked).toEqual([
      'home page',
    ]);
    TestBed.resetTestingModule();
    expect((await startAt('/', null)).asked).toEqual(['home page']);
  });

  it('fetches neither home chunk on another page', async () => {
    const { beforeAnswer, asked } = await startAt('/sign-in', null);
    expect(beforeAnswer).toEqual([]);
    expect(asked).toEqual([]);
    TestBed.resetTestingModule();
    expect((await startAt('/framework?x=1', aCurrentUser())).asked).toEqual([]);
  });

  it('counts the home page with filters in its address as the home page', async () => {
    const { beforeAnswer } = await startAt('/?audit=a-1', aCurrentUser());
    expect(beforeAnswer).toEqual(['home page']);
  });
});
