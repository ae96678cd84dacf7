export {
  DEFAULT_MAX_ROWS,
  parseRegisterFile,
  protocolsToImport,
  toProtocolFields,
  type RegisterParseContext,
} from './parse-register-file';
export { REGISTER_COLUMNS, type RegisterColumn, type RegisterColumnKey } from './register-columns';
export { REGISTER_TEMPLATE_CSV, registerTemplateCsv, registerToCsv } from './register-csv';
