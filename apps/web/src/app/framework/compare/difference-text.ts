import { FrameworkValue } from '@rcp/api-contract';
import { CONTEXT_NEEDS, ContextNeed } from '@rcp/vocabulary';
import { contextsText, formatNumber, formatSigned } from '../framework-text';

/** Names of the parts of compound settings, e.g. the class thresholds. */
const PART_LABELS: Record<string, string> = {
  enabling: 'enabling',
  inhibiting: 'inhibiting',
  mixedStrength: 'mixed strength',
  low: 'low',
  medium: 'medium',
  high: 'high',
};

const SIGNED_SETTINGS = new Set(['mismatchThreshold']);

function isContextList(value: string[]): value is ContextNeed[] {
  return value.every((v) => (CONTEXT_NEEDS as readonly string[]).includes(v));
}

/**
 * One value of a changed item field or scoring setting, in words, for the "before" and "after"
 * columns of the comparison: "Relational, mixed", "Yes", "enabling +20, inhibiting −20", "80%".
 * Principle keys are shown by their titles when `principleTitles` knows them.
 */
export function differenceValueText(
  field: string,
  value: FrameworkValue,
  principleTitles: ReadonlyMap<string, string> = new Map(),
): string {
  if (value === null) return 'None';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'number') {
    if (field === 'provisionalCoverageBelow') return `${formatNumber(value * 100)}%`;
    return SIGNED_SETTINGS.has(field) ? formatSigned(value) : formatNumber(value);
  }
  if (typeof value === 'string') return value === '' ? 'None' : value;
  if (Array.isArray(value)) {
    if (field === 'contexts' && isContextList(value)) return contextsText(value);
    if (value.length === 0) return 'None';
    if (field === 'principleKeys') return value.map((k) => principleTitles.get(k) ?? k).join(', ');
    return value.join(', ');
  }
  return Object.entries(value)
    .map(([part, v]) => {
      const shown =
        typeof v === 'number'
          ? field === 'thresholds' && part !== 'mixedStrength'
            ? formatSigned(v)
            : formatNumber(v)
          : String(v);
      return `${PART_LABELS[part] ?? part} ${shown}`;
    })
    .join(', ');
}
