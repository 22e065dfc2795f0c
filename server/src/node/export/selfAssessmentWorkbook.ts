// The self-assessment workbook (自评表.xlsx) for the certification body. Subtotals,
// totals and the level are Excel formulas over the 自评得分 cells, so a consultant
// who changes a score or a status sees them follow; the cached values written with
// the formulas are the linter's own figures, for readers that do not recalculate.
import ExcelJS from 'exceljs';
import type { Severity } from '../../core';
import { deliverableWords, type DeliverableWords } from '../../core/report/deliverableLabels';
import type { DeliverableModel, DeliverableRow } from '../../core/report/deliverableModel';
import type { Locale } from '../../core';

/** Column letters of the 自评表 sheet, in the order the certification form lists them. */
const COL = {
  id: 'A',
  title: 'B',
  requirement: 'C',
  confidence: 'D',
  points: 'E',
  status: 'F',
  earned: 'G',
  locations: 'H',
  attachments: 'I',
  note: 'J',
  applicable: 'K',
} as const;
const WIDTHS = [10, 22, 40, 9, 7, 7, 9, 26, 28, 32, 9];
const FONT_SIZE = 10;
/** Points per wrapped line at FONT_SIZE. */
const LINE_HEIGHT = 13.5;
/** Chinese fonts Excel, WPS and LibreOffice all know (LibreOffice substitutes where missing). */
const CJK_FONT = '宋体';
const HEADER_FONT = '黑体';

const STATUS_FILL: Record<DeliverableRow['status'], string> = {
  covered: 'FFDAFBE1',
  weak: 'FFFFF8C5',
  missing: 'FFFFEBE9',
  'not-applicable': 'FFEAEEF2',
};
const NA_WIDTHS = [10, 22, 8, 70, 22];
const PROBLEM_WIDTHS = [26, 6, 18, 8, 80];
const SEVERITY_FILL: Record<Severity, string> = { error: 'FFFFEBE9', warning: 'FFFFF8C5', info: 'FFDDF4FF', hint: 'FFEAEEF2' };
const GROUP_FILL = 'FFF3F4F6';

/** Where the clause rows and the total block's cells are on the 自评表 sheet. */
interface WorkbookLayout {
  firstRow: number;
  lastRow: number;
  totals: { earned: string; applicable: string; base: string; deductions: string; bonus: string; final: string; level: string };
}

export async function selfAssessmentWorkbook(model: DeliverableModel, locale: Locale): Promise<Buffer> {
  const w = deliverableWords(locale);
  const book = new ExcelJS.Workbook();
  book.creator = 'evidence-lint';
  book.created = new Date(`${model.date}T00:00:00Z`);
  book.modified = book.created;
  // Recalculate on open: Excel and WPS show the formulas' values even where a cached one is stale.
  book.calcProperties.fullCalcOnLoad = true;
  scoreSheet(book, model, w);
  notApplicableSheet(book, model, w);
  problemsSheet(book, model, w);
  return Buffer.from(await book.xlsx.writeBuffer());
}

function workbookLayout(model: DeliverableModel): WorkbookLayout {
  const firstRow = 2;
  const lastRow = firstRow + model.rows.length - 1;
  const t = lastRow + 2;
  const g = COL.earned;
  return {
    firstRow,
    lastRow,
    totals: {
      earned: `${g}${t}`,
      applicable: `${g}${t + 1}`,
      base: `${g}${t + 2}`,
      deductions: `${g}${t + 3}`,
      bonus: `${g}${t + 4}`,
      final: `${g}${t + 5}`,
      level: `${g}${t + 6}`,
    },
  };
}

function scoreSheet(book: ExcelJS.Workbook, model: DeliverableModel, w: DeliverableWords): void {
  const sheet = book.addWorksheet(w.sheetSelfAssessment, {
    views: [{ state: 'frozen', xSplit: 2, ySplit: 1 }],
    pageSetup: {
      paperSize: 9, // A4
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: {
      oddHeader: `&C${headerText([model.organization, model.standardId, w.sheetSelfAssessment])}`,
      oddFooter: '&C&P / &N',
    },
  });
  const headers = [
    w.colId,
    w.colTitle,
    w.colRequirement,
    w.colConfidence,
    w.colPoints,
    w.colStatus,
    w.colEarned,
    w.colLocations,
    w.colAttachments,
    w.colNote,
    w.colApplicable,
  ];
  sheet.columns = WIDTHS.map((width) => ({ width }));
  styleHeader(sheet.addRow(headers));

  const layout = workbookLayout(model);
  const na = w.statusLabel('not-applicable');
  model.rows.forEach((r, i) => {
    const n = layout.firstRow + i;
    const row = sheet.getRow(n);
    set(row, COL.id, r.id);
    set(row, COL.title, '\u3000'.repeat(Math.max(0, r.depth - 1)) + r.title);
    set(row, COL.requirement, r.requirement);
    set(row, COL.confidence, w.confidenceLabel(r.confidence));
    set(row, COL.status, w.statusLabel(r.status));
    set(row, COL.locations, r.locations.join('\n'));
    set(row, COL.attachments, r.attachments.join('\n'));
    if (r.kind === 'countsFor') {
      set(row, COL.note, w.format(w.countsFor, r.countsFor ?? ''));
    } else if (r.kind === 'leaf') {
      set(row, COL.points, r.points);
      if (r.status !== 'not-applicable') set(row, COL.earned, r.earned);
      set(row, COL.note, r.notApplicableReason ?? '');
      set(row, COL.applicable, { formula: `IF(${COL.status}${n}="${na}",0,${COL.points}${n})`, result: r.applicablePoints });
    } else {
      // A group row is the subtotal of the rows below it; SUBTOTAL skips nested SUBTOTALs.
      const last = n + descendants(model.rows, i);
      const sub = (col: string, result: number) => set(row, col, { formula: `SUBTOTAL(9,${col}${n + 1}:${col}${last})`, result });
      sub(COL.points, r.points);
      sub(COL.earned, leafSum(model.rows, i, 'earned'));
      sub(COL.applicable, leafSum(model.rows, i, 'applicablePoints'));
      set(row, COL.note, w.subtotal);
      row.font = { name: CJK_FONT, size: FONT_SIZE, bold: true };
      for (let c = 1; c <= headers.length; c++) row.getCell(c).fill = solid(GROUP_FILL);
    }
    styleBody(row, headers.length, r.kind === 'group');
    fitHeight(row, WIDTHS);
  });
  for (const col of [COL.points, COL.earned, COL.applicable]) sheet.getColumn(col).numFmt = '0.00';
  statusColours(sheet, layout, w);
  totalBlock(sheet, model, layout, w);
}

/** Number of rows after row `i` that belong to its clause (deeper, contiguous: catalog order). */
function descendants(rows: DeliverableRow[], i: number): number {
  let k = i + 1;
  while (k < rows.length && rows[k].depth > rows[i].depth) k++;
  return k - i - 1;
}

function leafSum(rows: DeliverableRow[], i: number, key: 'earned' | 'applicablePoints'): number {
  let sum = 0;
  for (let k = i + 1; k <= i + descendants(rows, i); k++) {
    const r = rows[k];
    if (r.kind === 'leaf' && !(key === 'earned' && r.status === 'not-applicable')) sum += r[key];
  }
  return sum;
}

function totalBlock(sheet: ExcelJS.Worksheet, model: DeliverableModel, layout: WorkbookLayout, w: DeliverableWords): void {
  const { firstRow, lastRow, totals: t } = layout;
  const s = model.score;
  const earned = model.rows.filter((r) => r.kind === 'leaf' && r.status !== 'not-applicable').reduce((sum, r) => sum + r.earned, 0);
  const applicable = model.rows.filter((r) => r.kind === 'leaf').reduce((sum, r) => sum + r.applicablePoints, 0);
  const exactFinal = `(${t.base}-${t.deductions}+MIN(1,${t.bonus}))`;
  const lines: [string, ExcelJS.CellValue, string][] = [
    [w.totalEarned, { formula: `SUBTOTAL(9,${COL.earned}${firstRow}:${COL.earned}${lastRow})`, result: earned }, ''],
    [w.totalApplicable, { formula: `SUBTOTAL(9,${COL.applicable}${firstRow}:${COL.applicable}${lastRow})`, result: applicable }, ''],
    [w.totalBase, { formula: `IF(${t.applicable}=0,0,${t.earned}/${t.applicable}*100)`, result: applicable === 0 ? 0 : (earned / applicable) * 100 }, ''],
    [w.totalDeductions, s.deductions, model.deductionItems.join('\n')],
    [w.totalBonus, s.bonus, model.bonusItems.join('\n')],
    [w.totalFinal, { formula: `ROUND(${exactFinal},1)`, result: s.value }, ''],
    [w.totalLevel, { formula: levelFormula(model, exactFinal, t.deductions), result: s.level }, w.estimateNote],
  ];
  lines.forEach(([label, value, note], i) => {
    const row = sheet.getRow(lastRow + 2 + i);
    sheet.mergeCells(`${COL.id}${row.number}:${COL.status}${row.number}`);
    row.getCell(COL.id).value = label;
    row.getCell(COL.earned).value = value;
    row.getCell(COL.note).value = note;
    row.font = { name: CJK_FONT, size: FONT_SIZE, bold: true };
    row.getCell(COL.id).alignment = { horizontal: 'right' };
    row.getCell(COL.note).alignment = { wrapText: true, vertical: 'top' };
    row.getCell(COL.note).font = { name: CJK_FONT, size: FONT_SIZE };
    for (const c of [COL.id, COL.earned]) row.getCell(c).border = thin();
    // The label spans A:F; its merged cells repeat its text, so they count as wide as it.
    const labelWidth = WIDTHS.slice(0, 6).reduce((a, b) => a + b, 0);
    fitHeight(
      row,
      WIDTHS.map((width, i) => (i < 6 ? labelWidth : width)),
    );
  });
  sheet.getCell(t.base).numFmt = '0.0';
  sheet.getCell(t.final).numFmt = '0.0';
  sheet.getCell(t.deductions).numFmt = '0';
  sheet.getCell(t.bonus).numFmt = '0';
  sheet.getCell(t.final).fill = solid('FFDDF4FF');
  sheet.getCell(t.level).fill = solid('FFDDF4FF');
}

/**
 * The level as the core decides it: the lowest level at `failAtDeductions` deductions, else the
 * highest level whose minimum the exact (unrounded) final score reaches.
 */
function levelFormula(model: DeliverableModel, exactFinal: string, deductions: string): string {
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const ordered = [...model.levels].sort((a, b) => a.min - b.min);
  // Built lowest first, so the outermost test is the highest level.
  let formula = '""';
  for (const level of ordered) formula = `IF(${exactFinal}>=${level.min},${quote(level.label)},${formula})`;
  if (model.failAtDeductions === undefined || ordered.length === 0) return formula;
  return `IF(${deductions}>=${model.failAtDeductions},${quote(model.levels[0].label)},${formula})`;
}

function statusColours(sheet: ExcelJS.Worksheet, layout: WorkbookLayout, w: DeliverableWords): void {
  const ref = `${COL.status}${layout.firstRow}:${COL.status}${layout.lastRow}`;
  sheet.addConditionalFormatting({
    ref,
    rules: (Object.keys(STATUS_FILL) as DeliverableRow['status'][]).map((status, i) => ({
      type: 'cellIs',
      operator: 'equal',
      priority: i + 1,
      formulae: [`"${w.statusLabel(status)}"`],
      style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: STATUS_FILL[status] } } },
    })),
  });
}

function notApplicableSheet(book: ExcelJS.Workbook, model: DeliverableModel, w: DeliverableWords): void {
  const sheet = book.addWorksheet(w.sheetNotApplicable, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  sheet.columns = NA_WIDTHS.map((width) => ({ width }));
  styleHeader(sheet.addRow([w.colId, w.colTitle, w.colPoints, w.naReason, w.naDeclaredIn]));
  for (const r of model.notApplicable) {
    const row = sheet.addRow([r.id, r.title, r.points, r.reason, r.declaredIn]);
    styleBody(row, 5, false);
    fitHeight(row, NA_WIDTHS);
  }
  if (model.notApplicable.length === 0) styleBody(sheet.addRow([w.none]), 5, false);
  sheet.getColumn(3).numFmt = '0.00';
}

function problemsSheet(book: ExcelJS.Workbook, model: DeliverableModel, w: DeliverableWords): void {
  const sheet = book.addWorksheet(w.sheetProblems, {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '1:1' },
  });
  sheet.columns = PROBLEM_WIDTHS.map((width) => ({ width }));
  styleHeader(sheet.addRow([w.problemFile, w.problemLine, w.problemRule, w.problemSeverity, w.problemMessage]));
  for (const d of model.problems) {
    const row = sheet.addRow([model.file(d.path), d.range.start.line + 1, d.rule, w.severityLabel(d.severity), d.message]);
    styleBody(row, 5, false);
    fitHeight(row, PROBLEM_WIDTHS);
    row.getCell(4).fill = solid(SEVERITY_FILL[d.severity]);
  }
  if (model.problems.length) sheet.autoFilter = { from: 'A1', to: `E${model.problems.length + 1}` };
}

/**
 * Row height for wrapped text: no reader sizes rows to their content reliably (LibreOffice
 * keeps the default height), so the lines are counted here — a CJK character is about
 * 1.7 column-width units wide at this font size, anything else one.
 */
function fitHeight(row: ExcelJS.Row, widths: number[]): void {
  let lines = 1;
  row.eachCell((cell, col) => {
    const value = cell.value;
    const text = typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
    const room = Math.max(1, widths[col - 1] - 1);
    const count = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(displayWidth(line) / room)), 0);
    lines = Math.max(lines, count);
  });
  row.height = lines * LINE_HEIGHT + 3;
}

function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 1.7 : 1;
  return width;
}

function set(row: ExcelJS.Row, col: string, value: ExcelJS.CellValue): void {
  row.getCell(col).value = value;
}

function styleHeader(row: ExcelJS.Row): void {
  row.font = { name: HEADER_FONT, size: FONT_SIZE, bold: true };
  row.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  row.height = 24;
  row.eachCell((cell) => {
    cell.fill = solid('FFD9E2EC');
    cell.border = thin();
  });
}

function styleBody(row: ExcelJS.Row, columns: number, bold: boolean): void {
  for (let c = 1; c <= columns; c++) {
    const cell = row.getCell(c);
    cell.font = { name: CJK_FONT, size: FONT_SIZE, bold };
    cell.alignment = { vertical: 'top', wrapText: true };
    cell.border = thin();
  }
}

function solid(argb: string): ExcelJS.Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb } };
}

function thin(): Partial<ExcelJS.Borders> {
  const side: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FFB0B7C0' } };
  return { top: side, left: side, bottom: side, right: side };
}

function headerText(parts: (string | undefined)[]): string {
  // & starts a header code in Excel; a literal one is written &&.
  return parts
    .filter((p): p is string => !!p)
    .join(' · ')
    .replace(/&/g, '&&');
}
