import { GettingStarted, GettingStartedStep } from '@rcp/api-contract';

/** One line of the checklist, ready to show. */
export interface ChecklistItem {
  step: GettingStartedStep;
  title: string;
  hint: string;
  link: string;
  done: boolean;
}

const STEP_TEXT: Record<GettingStartedStep, { title: string; hint: string; path: string }> = {
  register: {
    title: 'Build your protocol register',
    hint: 'List the policies, procedures and rules that shape how staff work with residents. The protocol library gives you common ones to start from.',
    path: 'register',
  },
  'first-audit': {
    title: 'Start your first audit',
    hint: 'An audit rates every protocol in the register against each principle of the framework.',
    path: 'audits',
  },
  submit: {
    title: 'Rate the protocols and submit the audit',
    hint: 'Submitting locks the audit and stores its figures: your council index, coverage and mismatches.',
    path: 'audits',
  },
  plan: {
    title: 'Plan a change to an inhibiting protocol',
    hint: 'Amend, replace or retire a protocol that gets in the way, with an owner and a date, and see its projected effect.',
    path: 'plan',
  },
};

/** The checklist's lines, in order, each linked to the page where the step is done. */
export function checklistItems(state: GettingStarted, councilId: string): ChecklistItem[] {
  return state.steps.map(({ step, done }) => ({
    step,
    done,
    title: STEP_TEXT[step].title,
    hint: STEP_TEXT[step].hint,
    link: `/councils/${councilId}/${STEP_TEXT[step].path}`,
  }));
}

/** "2 of 4 steps done". */
export function progressText(items: readonly ChecklistItem[]): string {
  const done = items.filter((i) => i.done).length;
  return `${done} of ${items.length} steps done`;
}

const HIDDEN_KEY = (councilId: string) => `rcp.getting-started.hidden.${councilId}`;

/** Whether the person hid the checklist for this council in this browser. */
export function readChecklistHidden(councilId: string): boolean {
  try {
    return globalThis.localStorage?.getItem(HIDDEN_KEY(councilId)) === 'hidden';
  } catch {
    return false;
  }
}

export function writeChecklistHidden(councilId: string, hidden: boolean): void {
  try {
    if (hidden) globalThis.localStorage?.setItem(HIDDEN_KEY(councilId), 'hidden');
    else globalThis.localStorage?.removeItem(HIDDEN_KEY(councilId));
  } catch {
    // Storage may be off (private browsing): the checklist just shows again next time.
  }
}
