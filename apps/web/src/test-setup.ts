import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';
import { provideIntersectionObserverForJsdom } from './testing/intersection-observer';

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
});
provideIntersectionObserverForJsdom();
