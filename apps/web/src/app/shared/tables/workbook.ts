import type { ChartTable } from '../charts/chart-table';

/** A workbook to download: a README sheet of label/text pairs, then one sheet per table. */
export interface Workbook {
  title: string;
  readme: Array<[label: string, text: string]>;
  sheets: Array<{ name: string; about: string; table: ChartTable }>;
}

const MAX_SHEET_NAME = 31;
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/g;
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Excel's sheet-name rules: at most 31 characters, none of []:*?/\, unique ignoring case.
 * Clashes get " (2)", " (3)"… so no sheet silently replaces another.
 */
export function sheetNames(names: readonly string[]): string[] {
  const taken = new Set<string>(['readme']);
  return names.map((raw) => {
    const base =
      tidy(raw.replace(FORBIDDEN_IN_SHEET_NAME, ' ')).slice(0, MAX_SHEET_NAME) || 'Sheet';
    let name = base;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = tidy(base.slice(0, MAX_SHEET_NAME - suffix.length)) + suffix;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Builds the .xlsx file. exceljs is loaded only here, when someone asks for a workbook, so it
 * never weighs on a page's first load.
 */
export async function workbookBytes(workbook: Workbook): Promise<ArrayBuffer> {
  const exceljs = await import('exceljs');
  // exceljs is CommonJS: the browser build sees it as a default export, Node as named exports.
  const { Workbook: ExcelWorkbook } = exceljs.default ?? exceljs;
  const book = new ExcelWorkbook();
  book.creator = 'RCP Audit';
  book.title = workbook.title;

  const readme = book.addWorksheet('README');
  readme.columns = [
    { header: '', key: 'label', width: 22 },
    { header: '', key: 'text', width: 100 },
  ];
  readme.getRow(1).values = [workbook.title];
  readme.getRow(1).font = { bold: true, size: 14 };
  workbook.readme.forEach(([label, text], i) => {
    const row = readme.getRow(i + 3);
    row.values = [label, text];
    row.getCell(1).font = { bold: true };
    row.getCell(2).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(1).alignment = { vertical: 'top' };
  });

  const names = sheetNames(workbook.sheets.map((s) => s.name));
  workbook.sheets.forEach(({ table }, i) => {
    const sheet = book.addWorksheet(names[i], { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((c) => ({
      header: c.label,
      key: c.key,
      width: Math.min(60, Math.max(10, c.label.length + 2)),
    }));
    sheet.getRow(1).font = { bold: true };
    // Text goes in as text cells, which Excel shows and never evaluates as formulas.
    for (const row of table.rows) sheet.addRow(table.columns.map((c) => row[c.key] ?? null));
  });
  return book.xlsx.writeBuffer() as Promise<ArrayBuffer>;
}

/** Builds the workbook and hands it to the browser as a download. */
export async function downloadWorkbook(workbook: Workbook, fileName: string): Promise<void> {
  const bytes = await workbookBytes(workbook);
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_TYPE }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName.endsWith('.xlsx') ? fileName : `${fileName}.xlsx`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
