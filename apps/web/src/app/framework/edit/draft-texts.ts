import { FrameworkItem, FrameworkVersion } from '@rcp/api-contract';
import { FrameworkItemLayer } from '@rcp/vocabulary';
import type { ConfirmDialogData } from '../../shared/confirm-dialog/confirm-dialog';
import { LAYER_NAMES } from '../framework-text';

/** The framework editor's words: what it asks before a lasting change, and what it says after. */

export function retireConfirmation(item: FrameworkItem, draftNumber: number): ConfirmDialogData {
  const names = LAYER_NAMES[item.layer];
  return {
    title: `Retire “${item.title}”?`,
    body:
      item.layer === 'principle'
        ? `The principle leaves version ${draftNumber}, and behaviours and competencies stop linking to it. Earlier versions keep it, and its key stays in their history.`
        : `The ${names.one} leaves version ${draftNumber}. Earlier versions keep it, and its key stays in their history.`,
    confirmLabel: `Retire ${names.one}`,
    destructive: true,
  };
}

export function discardConfirmation(draftNumber: number): ConfirmDialogData {
  return {
    title: `Discard draft version ${draftNumber}?`,
    body: 'Every change in the draft is lost. The current version stays as it is.',
    confirmLabel: 'Discard draft',
    destructive: true,
  };
}

/** Said when a draft was started, from the latest published version when there was one. */
export function draftStartedMessage(draftNumber: number, from: number | undefined): string {
  return `Draft version ${draftNumber} has been started${from ? `: a copy of version ${from}` : ''}.`;
}

/** Said after a reload: the draft as it is now, or why it is gone (null: nothing to say). */
export function reloadedMessage(hasDraft: boolean, before: number | undefined): string | null {
  if (hasDraft) return 'The draft has been reloaded with the latest changes.';
  return before
    ? `Draft version ${before} is no longer a draft: someone else has published or discarded it.`
    : null;
}

/**
 * The item an item form saved, and what to say: an added item is the layer's last one, an edited
 * one is found by its key (the layer's name stands in when it is not found).
 */
export function savedItem(
  version: FrameworkVersion,
  saved: {
    readonly mode: 'add' | 'edit';
    readonly layer: FrameworkItemLayer;
    readonly key?: string;
  },
): { item: FrameworkItem | undefined; message: string } {
  const added = saved.mode === 'add';
  const item = added
    ? version.items
        .filter((i) => i.layer === saved.layer)
        .sort((a, b) => b.sortOrder - a.sortOrder)[0]
    : version.items.find((i) => i.layer === saved.layer && i.key === saved.key);
  const name = item ? `“${item.title}”` : `The ${LAYER_NAMES[saved.layer].one}`;
  return {
    item,
    message: added ? `${name} has been added to the draft.` : `${name} has been saved.`,
  };
}
