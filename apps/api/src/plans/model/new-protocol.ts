import type { NewProtocolFields } from '@rcp/api-contract';
import { libraryTemplate } from './targets';

/** A new protocol's fields as a request gives them: any of them, and a library key. */
export type NewProtocolInput = Partial<NewProtocolFields>;

const NEW_PROTOCOL_FIELDS = [
  'name',
  'category',
  'type',
  'serviceArea',
  'scope',
  'contextNeed',
  'reach',
] as const;

/**
 * The fields of a protocol a change introduces: the library entry's (when a library key is given),
 * overridden by those given, on top of those it had (`existing`), all required. Problems are added
 * to `errors` (as `newProtocol.<field>`); null when there are any.
 */
export function mergeNewProtocol(
  given: NewProtocolInput | undefined,
  existing: NewProtocolFields | null,
  categories: ReadonlyArray<{ key: string }>,
  errors: Array<{ field: string; messages: string[] }>,
): NewProtocolFields | null {
  if (!given && !existing) {
    errors.push({ field: 'newProtocol', messages: ['is required to introduce a protocol'] });
    return null;
  }
  const key = given?.libraryKey !== undefined ? given.libraryKey : (existing?.libraryKey ?? null);
  const template = libraryTemplate(key);
  if (key && !template) {
    errors.push({ field: 'newProtocol.libraryKey', messages: ['is not a protocol library key'] });
    return null;
  }
  const fromLibrary = given?.libraryKey && template ? template : undefined;
  const merged: Partial<NewProtocolFields> = { ...existing, libraryKey: key };
  for (const field of NEW_PROTOCOL_FIELDS) {
    const value = given?.[field] ?? fromLibrary?.[field] ?? existing?.[field];
    if (value === undefined)
      errors.push({ field: `newProtocol.${field}`, messages: ['is required'] });
    else (merged as Record<string, unknown>)[field] = value;
  }
  if (merged.category && !categories.some((c) => c.key === merged.category))
    errors.push({
      field: 'newProtocol.category',
      messages: ['must be a category of the current framework'],
    });
  return errors.some((e) => e.field.startsWith('newProtocol'))
    ? null
    : (merged as NewProtocolFields);
}
