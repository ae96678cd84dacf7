/**
 * The words of a protocol register: what a protocol governs, how widely, where it comes from,
 * and how it scores. Every list is in display order.
 */

/** What the service context governed by a protocol needs (the blog's "When"). */
export const CONTEXT_NEEDS = ['relational', 'transactional', 'mixed'] as const;
export type ContextNeed = (typeof CONTEXT_NEEDS)[number];
export const CONTEXT_NEED_LABELS: Readonly<Record<ContextNeed, string>> = {
  relational: 'Relational',
  transactional: 'Transactional',
  mixed: 'Mixed',
};

/** How many interactions a protocol governs; weights the council index. */
export const REACHES = ['low', 'medium', 'high'] as const;
export type Reach = (typeof REACHES)[number];
export const REACH_LABELS: Readonly<Record<Reach, string>> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
};

/** What the council controls (organisational) or only shapes (the wider environment). */
export const PROTOCOL_SCOPES = ['organisational', 'wider'] as const;
export type ProtocolScope = (typeof PROTOCOL_SCOPES)[number];
export const PROTOCOL_SCOPE_LABELS: Readonly<Record<ProtocolScope, string>> = {
  organisational: 'Organisational protocol',
  wider: 'Wider environment',
};

/** The class of a scored protocol. */
export const PROTOCOL_CLASSES = ['enabling', 'inhibiting', 'mixed', 'neutral'] as const;
export type ProtocolClass = (typeof PROTOCOL_CLASSES)[number];
/** A protocol with no numeric rating has no class: it is counted as unscored. */
export type ProtocolClassOrUnscored = ProtocolClass | 'unscored';
/** Names of the classes, and of "unscored", in the order of PROTOCOL_CLASSES then unscored. */
export const PROTOCOL_CLASS_LABELS: Readonly<Record<ProtocolClassOrUnscored, string>> = {
  enabling: 'Enabling',
  inhibiting: 'Inhibiting',
  mixed: 'Mixed',
  neutral: 'Neutral',
  unscored: 'Not scored',
};

/** The kind of rule a protocol is. */
export const PROTOCOL_TYPES = [
  'policy',
  'procedure',
  'permission',
  'performance-measure',
  'contract',
  'system-data',
  'budget',
  'hr',
  'governance',
] as const;
export type ProtocolType = (typeof PROTOCOL_TYPES)[number];
export const PROTOCOL_TYPE_LABELS: Readonly<Record<ProtocolType, string>> = {
  policy: 'Policy',
  procedure: 'Procedure',
  permission: 'Permission',
  'performance-measure': 'Performance measure',
  contract: 'Contract or commissioning',
  'system-data': 'System or data',
  budget: 'Budget',
  hr: 'HR',
  governance: 'Governance',
};

/**
 * Where a rule comes from (after the Relationships Project's Permissions Game, which asks which
 * rules are real and which assumed): a statutory duty, a written council policy, local practice,
 * or merely assumed.
 */
export const PROTOCOL_BASES = ['statutory', 'council-policy', 'local-practice', 'assumed'] as const;
export type ProtocolBasis = (typeof PROTOCOL_BASES)[number];
export const PROTOCOL_BASIS_LABELS: Readonly<Record<ProtocolBasis, string>> = {
  statutory: 'Statutory duty',
  'council-policy': 'Council policy',
  'local-practice': 'Local practice',
  assumed: 'Assumed (nobody has checked)',
};

/** Whether a protocol of the register is still in force. */
export const PROTOCOL_STATUSES = ['active', 'retired'] as const;
export type ProtocolStatus = (typeof PROTOCOL_STATUSES)[number];
