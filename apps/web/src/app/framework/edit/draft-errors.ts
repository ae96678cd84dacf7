import { FieldError, FrameworkVersion } from '@rcp/api-contract';
import { ErrorItem } from '../../shared/forms/field-errors';

/** What every write to a draft says when the draft changed since it was read (409). */
export const DRAFT_CONFLICT_MESSAGE =
  'Someone else changed this draft. Reload to see their changes.';

/** The id of the button that edits an item, so problems can link to it. */
export function editButtonId(layer: string, key: string): string {
  return `edit-${layer}-${key}`;
}

export const CHANGE_SETTINGS_ID = 'change-settings';

const SETTING_SUBJECTS: Record<string, string> = {
  thresholds: 'The class thresholds',
  'thresholds.enabling': 'The enabling threshold',
  'thresholds.inhibiting': 'The inhibiting threshold',
  'thresholds.mixedStrength': 'The strength of a mixed rating',
  reachWeights: 'The reach weights',
  'reachWeights.low': 'The low reach weight',
  'reachWeights.medium': 'The medium reach weight',
  'reachWeights.high': 'The high reach weight',
  provisionalCoverageBelow: 'The provisional coverage threshold',
  mismatchThreshold: 'The mismatch threshold',
};

const PRINCIPLE_FIELDS: Record<string, string> = {
  key: 'key',
  weight: 'weight',
  contexts: 'contexts',
  relational: 'relational setting',
};

/**
 * The reasons a draft cannot be published (the API's 400 `errors`, whose fields are paths into
 * the scoring configuration such as `principles[3].weight`), as sentences that name the principle
 * or setting and link to the button that changes it.
 */
export function publishErrorItems(
  draft: FrameworkVersion,
  errors: readonly FieldError[] | undefined,
): ErrorItem[] {
  const items: ErrorItem[] = [];
  for (const error of errors ?? []) {
    const principle = /^principles\[(\d+)\](?:\.([a-zA-Z]+))?/.exec(error.field);
    let subject: string;
    let fieldId: string | undefined;
    if (principle) {
      const key = draft.scoring.principles[Number(principle[1])]?.key;
      const title = draft.items.find((i) => i.layer === 'principle' && i.key === key)?.title;
      const name = `principle “${title ?? key ?? principle[1]}”`;
      const field = principle[2] ? PRINCIPLE_FIELDS[principle[2]] : undefined;
      subject = field ? `The ${field} of ${name}` : `The ${name}`;
      if (key) fieldId = editButtonId('principle', key);
    } else if (error.field === 'principles') {
      subject = 'The principles';
    } else {
      subject = SETTING_SUBJECTS[error.field] ?? error.field;
      fieldId = SETTING_SUBJECTS[error.field] ? CHANGE_SETTINGS_ID : undefined;
    }
    for (const message of error.messages) {
      const text = message.trim().replace(/\.$/, '');
      const sentence = /^(must|is|are|has|have)\b/.test(text)
        ? `${subject} ${text}.`
        : `${subject}: ${text}.`;
      items.push(fieldId ? { message: sentence, fieldId } : { message: sentence });
    }
  }
  return items;
}
