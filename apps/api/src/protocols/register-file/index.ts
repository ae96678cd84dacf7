export {
  checkRegisterTable,
  DEFAULT_MAX_ROWS,
  parseRegisterFile,
  rowLimitOf,
  protocolsToImport,
  toProtocolFields,
  type RegisterParseContext,
} from './parse-register-file';
export { REGISTER_COLUMNS, type RegisterColumn, type RegisterColumnKey } from './register-columns';
export { REGISTER_TEMPLATE_CSV, registerTemplateCsv, registerToCsv } from './register-csv';
export {
  DEFAULT_REGISTER_FILE_LIMITS,
  refusals,
  type RegisterFileLimits,
} from './register-file-limits';
export { RegisterFileReader, type RegisterFileReaderOptions } from './register-file-reader';
