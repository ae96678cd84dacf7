import type { SuggestedTargets } from '@rcp/api-contract';
import { PLAN_CHANGE_STATUS_LABELS, type PlanChangeStatus } from '@rcp/vocabulary';

/** The words of the change form: its messages and notices. */
export const CHANGE_TEXT = {
  conflict:
    'Someone else changed this planned change since you opened it. Reload to see their version (your edits on screen are kept until you do).',
  loadError: 'This planned change cannot be shown right now. Try again later.',
  saveError: 'The change could not be saved. Try again in a minute.',
  saved: 'Your changes to the planned change were saved.',
  noteAdded: 'Your note was added.',
  newTitle: 'Plan a change',
} as const;

/** The notice once a new change is saved. */
export function addedNotice(title: string): string {
  return `“${title}” is in the plan.`;
}

/** The notice once a change has moved to another status. */
export function statusNotice(to: PlanChangeStatus): string {
  return `The change is now ${PLAN_CHANGE_STATUS_LABELS[to].toLowerCase()}.`;
}

/** Where the suggested targets came from, under the grid. */
export function targetSourceText(source: SuggestedTargets['source']): string {
  return source === 'library'
    ? 'Filled in with the protocol library’s enabling version.'
    : 'Filled in with +1 on every principle that applies (or the current rating where higher).';
}

/** A moment, as a note or status change shows it ("3 Mar 2026, 14:05"). */
export function formatWhen(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
}
