import { FormBuilder } from '@angular/forms';
import type { LibraryProtocol, PlanChangeDetail, Protocol } from '@rcp/api-contract';
import { aChange } from '../testing/plan-builders';
import {
  buildChangeForm,
  canWritePlan,
  contextNeedOf,
  EMPTY_CHANGE_FORM,
  formValuesOf,
  libraryValues,
  shownProtocols,
  sortByName,
} from './change-form-state';

const detail = (overrides: Partial<PlanChangeDetail> = {}): PlanChangeDetail => ({
  ...aChange(),
  notes: [],
  statusHistory: [],
  ...overrides,
});
const protocol = (id: string, name: string) => ({ id, name }) as Protocol;

describe('buildChangeForm', () => {
  it('starts empty, as an amend of medium priority recorded as proposed', () => {
    const form = buildChangeForm(new FormBuilder());
    expect(form.getRawValue()).toEqual(EMPTY_CHANGE_FORM);
  });

  it('requires a title of at most 200 characters', () => {
    const title = buildChangeForm(new FormBuilder()).controls.title;
    expect(title.errors).toEqual({ required: true });
    title.setValue('x'.repeat(201));
    expect(title.errors?.['maxlength']).toBeTruthy();
    title.setValue('Amend slots');
    expect(title.errors).toBeNull();
  });
});

describe('formValuesOf', () => {
  it("fills the form with a saved change's fields, '' for those not given", () => {
    const v = formValuesOf(
      detail({
        kind: 'replace',
        title: 'Replace slots',
        rationale: 'Too rigid',
        owner: { id: 'u-1', displayName: 'Sam Lee' },
        dueDate: '2026-09-30',
        priority: 'high',
        status: 'agreed',
      }),
    );
    expect(v).toEqual({
      ...EMPTY_CHANGE_FORM,
      kind: 'replace',
      protocolId: 'p-a',
      title: 'Replace slots',
      rationale: 'Too rigid',
      ownerUserId: 'u-1',
      dueDate: '2026-09-30',
      priority: 'high',
    });
  });

  it("fills the new protocol's fields of an introduce", () => {
    const v = formValuesOf(
      detail({
        kind: 'introduce',
        protocolId: null,
        ownerTeam: 'Housing',
        newProtocol: {
          name: 'Welcome visits',
          category: 'cat-1',
          type: 'policy',
          serviceArea: 'Housing',
          scope: 'wider',
          contextNeed: 'relational',
          reach: 'high',
          libraryKey: 'lib-1',
        } as PlanChangeDetail['newProtocol'],
      }),
    );
    expect(v).toMatchObject({
      protocolId: '',
      ownerTeam: 'Housing',
      npName: 'Welcome visits',
      npCategory: 'cat-1',
      npType: 'policy',
      npServiceArea: 'Housing',
      npScope: 'wider',
      npContextNeed: 'relational',
      npReach: 'high',
      npLibraryKey: 'lib-1',
    });
  });
});

describe('libraryValues', () => {
  it("copies a library entry's fields to the new protocol's", () => {
    const entry = {
      key: 'lib-1',
      name: 'Welcome visits',
      category: 'cat-1',
      type: 'policy',
      serviceArea: 'Housing',
      scope: 'organisational',
      contextNeed: 'relational',
      reach: 'low',
    } as LibraryProtocol;
    expect(libraryValues(entry)).toEqual({
      npName: 'Welcome visits',
      npCategory: 'cat-1',
      npType: 'policy',
      npServiceArea: 'Housing',
      npScope: 'organisational',
      npContextNeed: 'relational',
      npReach: 'low',
    });
  });
});

describe('shownProtocols', () => {
  const all = sortByName([protocol('b', 'Missed visits'), protocol('a', 'Home care slots')]);

  it('sorts by name and shortens the list to names containing the search', () => {
    expect(all.map((p) => p.id)).toEqual(['a', 'b']);
    expect(shownProtocols(all, '', null)).toEqual(all);
    expect(shownProtocols(all, '  CARE ', null).map((p) => p.id)).toEqual(['a']);
  });

  it('keeps the chosen protocol first when the search leaves it out', () => {
    expect(shownProtocols(all, 'missed', all[0]).map((p) => p.id)).toEqual(['a', 'b']);
    expect(shownProtocols(all, 'missed', all[1]).map((p) => p.id)).toEqual(['b']);
  });
});

describe('contextNeedOf', () => {
  it("is the new protocol's need for an introduce, else the chosen then the saved protocol's", () => {
    expect(contextNeedOf('introduce', 'relational', 'transactional', undefined)).toBe('relational');
    expect(contextNeedOf('introduce', '', 'transactional', undefined)).toBeNull();
    expect(contextNeedOf('amend', 'relational', 'transactional', 'relational')).toBe(
      'transactional',
    );
    expect(contextNeedOf('replace', '', undefined, 'relational')).toBe('relational');
    expect(contextNeedOf('retire', '', undefined, undefined)).toBeNull();
  });
});

describe('canWritePlan', () => {
  it("is the council's lead and managers only", () => {
    expect(canWritePlan({ role: 'lead', councilId: 'c-1' }, 'c-1')).toBe(true);
    expect(canWritePlan({ role: 'manager', councilId: 'c-1' }, 'c-1')).toBe(true);
    expect(canWritePlan({ role: 'manager', councilId: 'c-2' }, 'c-1')).toBe(false);
    expect(canWritePlan({ role: 'viewer', councilId: 'c-1' }, 'c-1')).toBe(false);
    expect(canWritePlan(null, 'c-1')).toBe(false);
  });
});
