import {
  afterNextRender,
  DestroyRef,
  inject,
  Injector,
  PendingTasks,
  signal,
  Signal,
} from '@angular/core';

/** How far a page's parts are drawn, and the call that starts drawing them. */
export interface RevealInOrder {
  /** How many parts are drawn: 0 before `start`, then one more per task up to the total. */
  readonly shown: Signal<number>;
  /** True from `start` until the last part is drawn. */
  readonly revealing: Signal<boolean>;
  /** Draws part 1 with the next render and each next part in a task of its own. Once only. */
  start(): void;
}

/**
 * Draws a long page's parts one task after another, top to bottom, instead of all in one long
 * task: the main thread is free between parts (for input, and for the browser to paint the top of
 * the page), and each part only adds to the bottom of what is drawn, so nothing above it moves.
 * Counted as pending work, so `whenStable` (tests, and anything that waits for the app to settle)
 * waits for the last part. Call in an injection context.
 */
export function revealInOrder(parts: number): RevealInOrder {
  const injector = inject(Injector);
  const pendingTasks = inject(PendingTasks);
  const shown = signal(0);
  const revealing = signal(false);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let settle: (() => void) | undefined;
  let destroyed = false;

  const finish = () => {
    revealing.set(false);
    settle?.();
    settle = undefined;
  };
  inject(DestroyRef).onDestroy(() => {
    destroyed = true;
    clearTimeout(timer);
    finish();
  });

  const next = () => {
    if (destroyed) return;
    shown.update((n) => n + 1);
    if (shown() >= parts) {
      finish();
      return;
    }
    // After this part is drawn, the next one in a new task (a timeout lets the browser paint and
    // handle input in between).
    afterNextRender(() => (timer = setTimeout(next)), { injector });
  };

  return {
    shown: shown.asReadonly(),
    revealing: revealing.asReadonly(),
    start: () => {
      if (shown() > 0 || revealing() || destroyed) return;
      revealing.set(true);
      settle = pendingTasks.add();
      next();
    },
  };
}
