import type { ProtocolFields } from '@rcp/api-contract';

export type RegisterColumnKey = keyof ProtocolFields;

export interface RegisterColumn {
  key: RegisterColumnKey;
  /** The heading used on export and in the template; the parser also accepts variants of it. */
  header: string;
  required: boolean;
  /** Other headings people write for this column (compared after normalising). */
  aliases: readonly string[];
  /** A short explanation for council staff, e.g. for an import help page. */
  hint: string;
}

/** The columns of a register file, in export order. */
export const REGISTER_COLUMNS: readonly RegisterColumn[] = Object.freeze([
  {
    key: 'name',
    header: 'Name',
    required: true,
    aliases: ['protocol name', 'protocol'],
    hint: 'The protocol’s name, 2–200 characters, unique in your register.',
  },
  {
    key: 'description',
    header: 'Description',
    required: false,
    aliases: [],
    hint: 'What the protocol says or does, up to 2,000 characters.',
  },
  {
    key: 'category',
    header: 'Category',
    required: true,
    aliases: ['protocol category'],
    hint: 'One of the framework’s protocol categories, by title.',
  },
  {
    key: 'type',
    header: 'Type',
    required: true,
    aliases: ['protocol type'],
    hint: 'Policy, Procedure, Permission, Performance measure, Contract or commissioning, System or data, Budget, HR or Governance.',
  },
  {
    key: 'owner',
    header: 'Owner',
    required: false,
    aliases: ['protocol owner'],
    hint: 'Who is responsible for it, up to 120 characters.',
  },
  {
    key: 'serviceArea',
    header: 'Service area',
    required: true,
    aliases: ['service'],
    hint: 'The service it applies to, 2–120 characters.',
  },
  {
    key: 'scope',
    header: 'Scope',
    required: true,
    aliases: [],
    hint: 'Organisational protocol, or Wider environment for conditions the council shapes but does not control.',
  },
  {
    key: 'contextNeed',
    header: 'Context need',
    required: true,
    aliases: ['context'],
    hint: 'Relational, Transactional or Mixed.',
  },
  {
    key: 'reach',
    header: 'Reach',
    required: true,
    aliases: [],
    hint: 'Low, Medium or High.',
  },
  {
    key: 'basis',
    header: 'Basis',
    required: true,
    aliases: [],
    hint: 'Statutory duty, Council policy, Local practice or Assumed.',
  },
  {
    key: 'reviewDate',
    header: 'Review date',
    required: false,
    aliases: ['next review date', 'next review'],
    hint: 'The next review date, as DD/MM/YYYY or YYYY-MM-DD.',
  },
  {
    key: 'sourceLinks',
    header: 'Source links',
    required: false,
    aliases: ['source link', 'sources', 'links'],
    hint: 'Up to 5 web addresses starting with http:// or https://, separated by spaces, commas or semicolons.',
  },
] satisfies RegisterColumn[]);

/** Informational column added on export when protocols carry a status; ignored on import. */
export const STATUS_COLUMN_HEADER = 'Status';

/**
 * Normalises a heading for matching: case-insensitive; spaces, underscores and hyphens
 * equivalent; camelCase split; a trailing "*" (a common "required" marker) dropped.
 */
export function normaliseHeader(header: string): string {
  return header
    .replace(/^\uFEFF/, '')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ')
    .trim()
    .replace(/\s*\*$/, '');
}

const COLUMN_BY_HEADER = new Map<string, RegisterColumn>();
for (const column of REGISTER_COLUMNS) {
  for (const variant of [column.header, column.key, ...column.aliases]) {
    COLUMN_BY_HEADER.set(normaliseHeader(variant), column);
  }
}

/** The register column a heading names, if any. */
export function columnForHeader(header: string): RegisterColumn | undefined {
  return COLUMN_BY_HEADER.get(normaliseHeader(header));
}

/** Spreadsheet column letter for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
