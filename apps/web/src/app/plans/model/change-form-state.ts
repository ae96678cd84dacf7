import { FormBuilder, Validators } from '@angular/forms';
import type { LibraryProtocol, PlanChangeDetail, Protocol, User } from '@rcp/api-contract';
import type { ContextNeed, PlanChangeKind } from '@rcp/vocabulary';
import type { ChangeFormValues } from './change-form';

/** The change form's values before anything is chosen. */
export const EMPTY_CHANGE_FORM: Readonly<ChangeFormValues> = {
  kind: 'amend',
  protocolId: '',
  title: '',
  rationale: '',
  ownerUserId: '',
  ownerTeam: '',
  dueDate: '',
  priority: 'medium',
  status: 'proposed',
  npName: '',
  npCategory: '',
  npType: '',
  npServiceArea: '',
  npScope: 'organisational',
  npContextNeed: '',
  npReach: 'medium',
  npLibraryKey: '',
};

/** The change form's controls, empty; only the title is validated in the browser. */
export function buildChangeForm(fb: FormBuilder) {
  const v = EMPTY_CHANGE_FORM;
  return fb.nonNullable.group({
    kind: [v.kind],
    protocolId: [v.protocolId],
    title: [v.title, [Validators.required, Validators.maxLength(200)]],
    rationale: [v.rationale],
    ownerUserId: [v.ownerUserId],
    ownerTeam: [v.ownerTeam],
    dueDate: [v.dueDate],
    priority: [v.priority],
    status: [v.status],
    npName: [v.npName],
    npCategory: [v.npCategory],
    npType: [v.npType],
    npServiceArea: [v.npServiceArea],
    npScope: [v.npScope],
    npContextNeed: [v.npContextNeed],
    npReach: [v.npReach],
    npLibraryKey: [v.npLibraryKey],
  });
}

export type ChangeForm = ReturnType<typeof buildChangeForm>;

/** The form's values for a saved change (a new one is always recorded as proposed). */
export function formValuesOf(d: PlanChangeDetail): ChangeFormValues {
  const np = d.newProtocol;
  const empty = EMPTY_CHANGE_FORM;
  return {
    kind: d.kind,
    protocolId: d.protocolId ?? '',
    title: d.title,
    rationale: d.rationale,
    ownerUserId: d.owner?.id ?? '',
    ownerTeam: d.ownerTeam ?? '',
    dueDate: d.dueDate ?? '',
    priority: d.priority,
    status: empty.status,
    npName: np?.name ?? '',
    npCategory: np?.category ?? '',
    npType: np?.type ?? '',
    npServiceArea: np?.serviceArea ?? '',
    npScope: np?.scope ?? empty.npScope,
    npContextNeed: np?.contextNeed ?? '',
    npReach: np?.reach ?? empty.npReach,
    npLibraryKey: np?.libraryKey ?? '',
  };
}

/** The new protocol's fields filled in from a library entry. */
export function libraryValues(entry: LibraryProtocol): Partial<ChangeFormValues> {
  return {
    npName: entry.name,
    npCategory: entry.category,
    npType: entry.type,
    npServiceArea: entry.serviceArea,
    npScope: entry.scope,
    npContextNeed: entry.contextNeed,
    npReach: entry.reach,
  };
}

/** The register, by name. */
export function sortByName<T extends { name: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.name.localeCompare(b.name));
}

/** The protocols whose name contains the search, with the chosen one always first among them. */
export function shownProtocols(
  all: readonly Protocol[],
  search: string,
  chosen: Protocol | null,
): Protocol[] {
  const q = search.trim().toLowerCase();
  const found = q ? all.filter((p) => p.name.toLowerCase().includes(q)) : [...all];
  return chosen && !found.includes(chosen) ? [chosen, ...found] : found;
}

/**
 * The context need the targets are set for: the new protocol's (for an introduce), else the
 * chosen register protocol's, else the saved change's protocol's.
 */
export function contextNeedOf(
  kind: PlanChangeKind,
  npContextNeed: string | undefined,
  chosenNeed: ContextNeed | undefined,
  savedNeed: ContextNeed | undefined,
): ContextNeed | null {
  if (kind === 'introduce') return npContextNeed ? (npContextNeed as ContextNeed) : null;
  return chosenNeed ?? savedNeed ?? null;
}

/** Whether a person may write a council's plan: its lead and managers. */
export function canWritePlan(
  me: Pick<User, 'role' | 'councilId'> | null | undefined,
  councilId: string,
): boolean {
  return (me?.role === 'lead' || me?.role === 'manager') && me.councilId === councilId;
}
