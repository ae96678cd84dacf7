import { Delayed } from './delayed';

describe('a delayed action', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('runs once the delay has passed since it was last started', () => {
    const action = jest.fn();
    const delayed = new Delayed(600, action);
    delayed.start();
    jest.advanceTimersByTime(500);
    delayed.start();
    jest.advanceTimersByTime(500);
    expect(action).not.toHaveBeenCalled();
    jest.advanceTimersByTime(100);
    expect(action).toHaveBeenCalledTimes(1);
  });

  it('does not run once cancelled', () => {
    const action = jest.fn();
    const delayed = new Delayed(600, action);
    delayed.start();
    delayed.cancel();
    jest.advanceTimersByTime(1000);
    expect(action).not.toHaveBeenCalled();
  });
});
