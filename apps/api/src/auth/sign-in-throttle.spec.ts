import { waitAfterFailures, waitPhrase } from './sign-in-throttle';

describe('the wait between sign-in attempts', () => {
  it('is nothing for the first failures, then 1 second, doubling at each failure up to the cap', () => {
    const waits = Array.from({ length: 16 }, (_, i) => waitAfterFailures(i + 1, 5, 900));
    expect(waits).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900]);
  });

  it('stays at the cap however many failures there are', () => {
    expect(waitAfterFailures(10_000, 5, 900)).toBe(900);
  });

  it.each([
    [0.2, '1 second'],
    [1, '1 second'],
    [7.01, '8 seconds'],
    [59.5, '1 minute'],
    [60, '1 minute'],
    [61, '2 minutes'],
    [900, '15 minutes'],
  ])('reads %p seconds as "%s"', (seconds, phrase) => {
    expect(waitPhrase(seconds)).toBe(phrase);
  });
});
