/**
 * The label of a value, or the value itself when the list has no label for it (a value stored
 * before the list changed, or one typed as a plain string).
 */
export function labelOf<K extends string>(
  labels: Readonly<Record<K, string>>,
  value: string,
): string {
  return Object.hasOwn(labels, value) ? (labels as Readonly<Record<string, string>>)[value] : value;
}
