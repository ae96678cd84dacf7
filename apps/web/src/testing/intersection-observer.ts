/**
 * jsdom lays nothing out, so it has no IntersectionObserver; Angular's `@defer (on viewport)`
 * needs one. This stand-in reports every observed element as in view straight away, so unit
 * tests see deferred charts drawn, as a reader who scrolls to them would (browser tests check
 * the real scrolling).
 */
class EverythingInView implements IntersectionObserver {
  readonly root = null;
  readonly rootMargin = '0px';
  readonly thresholds = [0];

  constructor(private readonly callback: IntersectionObserverCallback) {}

  observe(target: Element): void {
    const rect = target.getBoundingClientRect();
    const entry: IntersectionObserverEntry = {
      target,
      isIntersecting: true,
      intersectionRatio: 1,
      boundingClientRect: rect,
      intersectionRect: rect,
      rootBounds: null,
      time: 0,
    };
    queueMicrotask(() => this.callback([entry], this));
  }

  unobserve(): void {
    /* nothing is watched between calls */
  }

  disconnect(): void {
    /* as above */
  }

  takeRecords(): IntersectionObserverEntry[] {
    return [];
  }
}

export function provideIntersectionObserverForJsdom(): void {
  if (typeof globalThis.IntersectionObserver === 'undefined') {
    globalThis.IntersectionObserver = EverythingInView;
  }
}
