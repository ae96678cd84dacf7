import { aBehaviour, aPrinciple, aVersion } from '../testing';
import {
  discardConfirmation,
  draftStartedMessage,
  reloadedMessage,
  retireConfirmation,
  savedItem,
} from './draft-texts';

describe('the framework editor’s words', () => {
  it('asks before retiring, saying what a principle’s links lose', () => {
    expect(retireConfirmation(aPrinciple('mutual-trust'), 2)).toEqual({
      title: 'Retire “Mutual trust”?',
      body: 'The principle leaves version 2, and behaviours and competencies stop linking to it. Earlier versions keep it, and its key stays in their history.',
      confirmLabel: 'Retire principle',
      destructive: true,
    });
    expect(retireConfirmation(aBehaviour('listening-first'), 3)).toEqual({
      title: 'Retire “Listening first”?',
      body: 'The behaviour leaves version 3. Earlier versions keep it, and its key stays in their history.',
      confirmLabel: 'Retire behaviour',
      destructive: true,
    });
  });

  it('asks before discarding (destructive)', () => {
    expect(discardConfirmation(2)).toEqual({
      title: 'Discard draft version 2?',
      body: 'Every change in the draft is lost. The current version stays as it is.',
      confirmLabel: 'Discard draft',
      destructive: true,
    });
  });

  it('says where a draft came from, and what a reload found', () => {
    expect(draftStartedMessage(3, 2)).toBe(
      'Draft version 3 has been started: a copy of version 2.',
    );
    expect(draftStartedMessage(1, undefined)).toBe('Draft version 1 has been started.');
    expect(reloadedMessage(true, 2)).toBe('The draft has been reloaded with the latest changes.');
    expect(reloadedMessage(false, 2)).toBe(
      'Draft version 2 is no longer a draft: someone else has published or discarded it.',
    );
    expect(reloadedMessage(false, undefined)).toBeNull();
  });

  it('finds the item a form saved: an added one last in its layer, an edited one by key', () => {
    const version = aVersion();
    const added = savedItem(version, { mode: 'add', layer: 'principle' });
    expect(added.item?.key).toBe('mutual-trust');
    expect(added.message).toBe('“Mutual trust” has been added to the draft.');
    const edited = savedItem(version, {
      mode: 'edit',
      layer: 'principle',
      key: 'relationships-first',
    });
    expect(edited.message).toBe('“Relationships first” has been saved.');
    expect(savedItem(version, { mode: 'edit', layer: 'principle', key: 'gone' })).toEqual({
      item: undefined,
      message: 'The principle has been saved.',
    });
  });
});
