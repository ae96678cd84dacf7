import { type FrameworkCategory, type ProtocolFields } from '@rcp/api-contract';
import {
  CONTEXT_NEED_LABELS,
  labelOf,
  PROTOCOL_BASIS_LABELS,
  PROTOCOL_SCOPE_LABELS,
  PROTOCOL_TYPE_LABELS,
  REACH_LABELS,
} from '@rcp/vocabulary';
import { csvRecord } from './register-cells';
import { REGISTER_COLUMNS, STATUS_COLUMN_HEADER, type RegisterColumnKey } from './register-columns';
import { capitalise } from './register-values';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** How each field is written: category titles and value labels, so people can read and edit the file. */
function cellsOf(
  protocol: ProtocolFields,
  categoryTitles: Map<string, string>,
): Record<RegisterColumnKey, string> {
  return {
    name: protocol.name,
    description: protocol.description ?? '',
    category: categoryTitles.get(protocol.category) ?? protocol.category,
    type: labelOf(PROTOCOL_TYPE_LABELS, protocol.type),
    owner: protocol.owner ?? '',
    serviceArea: protocol.serviceArea,
    scope: labelOf(PROTOCOL_SCOPE_LABELS, protocol.scope),
    contextNeed: labelOf(CONTEXT_NEED_LABELS, protocol.contextNeed),
    reach: labelOf(REACH_LABELS, protocol.reach),
    basis: labelOf(PROTOCOL_BASIS_LABELS, protocol.basis),
    // ISO dates are unambiguous, and the importer reads them back (as well as DD/MM/YYYY).
    reviewDate: protocol.reviewDate ?? '',
    sourceLinks: (protocol.sourceLinks ?? []).join('; '),
  };
}

function toCsv(records: string[][]): string {
  return BOM + records.map((r) => csvRecord(r) + CRLF).join('');
}

/**
 * The register as CSV (RFC 4180: CRLF line ends, quoted where needed, with a UTF-8 BOM so
 * Excel reads it as UTF-8). The columns are those the importer reads, so the file re-imports
 * as it is. Cells a spreadsheet would run as formulas get a leading apostrophe; the importer
 * removes it. Every protocol given is written (filter retired ones out first if need be);
 * `includeStatus` adds a last, informational "Status" column, which the importer ignores.
 */
export function registerToCsv(
  protocols: ReadonlyArray<ProtocolFields & { status?: string }>,
  categories: readonly FrameworkCategory[],
  options: { includeStatus?: boolean } = {},
): string {
  const categoryTitles = new Map(categories.map((c) => [c.key, c.title]));
  const withStatus = options.includeStatus === true;
  const header = REGISTER_COLUMNS.map((c) => c.header);
  if (withStatus) header.push(STATUS_COLUMN_HEADER);
  const rows = protocols.map((protocol) => {
    const cells = cellsOf(protocol, categoryTitles);
    const record = REGISTER_COLUMNS.map((c) => cells[c.key]);
    if (withStatus) record.push(protocol.status ? capitalise(protocol.status) : '');
    return record;
  });
  return toCsv([header, ...rows]);
}

/** An example row for the template, in the framework's default categories. */
const TEMPLATE_EXAMPLE: ProtocolFields = {
  name: 'Caseload size and weighting',
  description:
    'How many families each practitioner holds at once, and whether complexity is taken into account.',
  category: 'time-and-caseload',
  type: 'policy',
  owner: 'Head of Children’s Social Care',
  serviceArea: 'Children’s social care',
  scope: 'organisational',
  contextNeed: 'relational',
  reach: 'high',
  basis: 'local-practice',
  reviewDate: '2026-03-31',
  sourceLinks: ['https://www.example.gov.uk/policies/caseload-weighting'],
};

/** A CSV to fill in: the headings and one example row (replace or delete it before importing). */
export const REGISTER_TEMPLATE_CSV: string = toCsv([
  REGISTER_COLUMNS.map((c) => c.header),
  REGISTER_COLUMNS.map(
    (c) => cellsOf(TEMPLATE_EXAMPLE, new Map([['time-and-caseload', 'Time and caseload']]))[c.key],
  ),
]);

/** The template with the example's category taken from the council's own framework categories. */
export function registerTemplateCsv(categories: readonly FrameworkCategory[]): string {
  const category = categories.find((c) => c.scope === 'organisational') ?? categories[0];
  if (!category) return REGISTER_TEMPLATE_CSV;
  const example = { ...TEMPLATE_EXAMPLE, category: category.key, scope: category.scope };
  return toCsv([
    REGISTER_COLUMNS.map((c) => c.header),
    REGISTER_COLUMNS.map((c) => cellsOf(example, new Map([[category.key, category.title]]))[c.key]),
  ]);
}
