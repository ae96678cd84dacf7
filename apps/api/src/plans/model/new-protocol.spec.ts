import type { NewProtocolFields } from '@rcp/api-contract';
import { mergeNewProtocol } from './new-protocol';

const categories = [{ key: 'time-and-caseload' }, { key: 'local' }];

const fields: NewProtocolFields = {
  name: 'Named worker',
  category: 'local',
  type: 'policy',
  serviceArea: 'Adult social care',
  scope: 'organisational',
  contextNeed: 'relational',
  reach: 'medium',
  libraryKey: null,
};

type Errors = Array<{ field: string; messages: string[] }>;

describe('the fields of a protocol a change introduces', () => {
  it('takes every field given, with no library key', () => {
    const errors: Errors = [];
    expect(mergeNewProtocol({ ...fields }, null, categories, errors)).toEqual(fields);
    expect(errors).toEqual([]);
  });

  it('takes the library entry’s fields, overridden by those given', () => {
    const errors: Errors = [];
    const merged = mergeNewProtocol(
      { libraryKey: 'caseload-size', reach: 'low' },
      null,
      categories,
      errors,
    );
    expect(merged).toEqual({
      name: 'Caseload size and weighting',
      category: 'time-and-caseload',
      type: 'policy',
      serviceArea: "Children's social care",
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'low',
      libraryKey: 'caseload-size',
    });
    expect(errors).toEqual([]);
  });

  it('keeps the fields it had where none are given', () => {
    const errors: Errors = [];
    expect(mergeNewProtocol({ name: 'Renamed' }, fields, categories, errors)).toEqual({
      ...fields,
      name: 'Renamed',
    });
  });

  it('requires the fields, a known library key and a category of the framework', () => {
    const missing: Errors = [];
    expect(mergeNewProtocol(undefined, null, categories, missing)).toBeNull();
    expect(missing).toEqual([
      { field: 'newProtocol', messages: ['is required to introduce a protocol'] },
    ]);

    const unknown: Errors = [];
    expect(mergeNewProtocol({ libraryKey: 'no-such' }, null, categories, unknown)).toBeNull();
    expect(unknown).toEqual([
      { field: 'newProtocol.libraryKey', messages: ['is not a protocol library key'] },
    ]);

    const partial: Errors = [];
    expect(
      mergeNewProtocol(
        { ...fields, reach: undefined, category: 'other' },
        null,
        categories,
        partial,
      ),
    ).toBeNull();
    expect(partial).toEqual([
      { field: 'newProtocol.reach', messages: ['is required'] },
      { field: 'newProtocol.category', messages: ['must be a category of the current framework'] },
    ]);
  });

  it('is not held back by errors of other fields', () => {
    const errors: Errors = [{ field: 'title', messages: ['is required'] }];
    expect(mergeNewProtocol({ ...fields }, null, categories, errors)).toEqual(fields);
  });
});
