import { AuditEvent, AuditEventApiToken } from '@rcp/api-contract';

/** An action code as words: "council.archived" → "Council archived". */
export function describeAction(action: string): string {
  const words = action
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[._\-\s]+/)
    .filter(Boolean)
    .map((w) => w.toLowerCase())
    .join(' ');
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : action;
}

/** Whether there is a before or after worth showing. */
export function describeChange(event: AuditEvent): boolean {
  return hasValue(event.before) || hasValue(event.after);
}

function hasValue(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === 'object') return Object.keys(value as object).length > 0;
  return true;
}

/** An API token as the trail names it: “Power BI” (rcp_AbCd1234…) (a prefix, never the secret). */
export function describeToken(token: AuditEventApiToken): string {
  return `“${token.name}” (${token.prefix}…)`;
}
