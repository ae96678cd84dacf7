import { defaultTitle, kindFromParam, statusActions } from './change-form';

describe('change form model', () => {
  it('reads a kind from the address, else amend', () => {
    expect(kindFromParam('replace')).toBe('replace');
    expect(kindFromParam('bogus')).toBe('amend');
    expect(kindFromParam(undefined)).toBe('amend');
  });

  it('offers the status moves of a change as button labels', () => {
    expect(statusActions('proposed').map((a) => a.label)).toContain('Mark as agreed');
    expect(statusActions('done').map((a) => a.label)).toContain('Reopen: back to in progress');
  });

  it('starts the title from the kind and protocol', () => {
    expect(defaultTitle('replace', 'Missed visits')).toBe('Replace Missed visits');
    expect(defaultTitle('amend', '')).toBe('');
  });
});
