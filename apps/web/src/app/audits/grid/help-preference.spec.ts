import { readHelpPreference, writeHelpPreference } from './help-preference';

describe('the keyboard help preference', () => {
  afterEach(() => localStorage.clear());

  it('is shown until hidden, and remembered', () => {
    expect(readHelpPreference()).toBe(true);
    writeHelpPreference(false);
    expect(readHelpPreference()).toBe(false);
    writeHelpPreference(true);
    expect(readHelpPreference()).toBe(true);
  });

  it('is shown when storage cannot be read', () => {
    const get = jest.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('storage is off');
    });
    const set = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('storage is off');
    });
    expect(() => writeHelpPreference(false)).not.toThrow();
    expect(readHelpPreference()).toBe(true);
    get.mockRestore();
    set.mockRestore();
  });
});
