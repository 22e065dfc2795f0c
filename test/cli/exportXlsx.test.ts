// evidence-lint --export xlsx: the self-assessment workbook (自评表) of the example
// set, opened by real readers. LibreOffice recalculates every formula and must
// land on the score worked out by hand in examples/说明.txt (78.4, 达标级) and on
// the CLI's own JSON; SheetJS, an independent reader, sees the same cached values.
import { strict as assert } from 'node:assert';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as XLSX from 'xlsx';
import { parse as parseYaml } from 'yaml';
import { pdfPageSize, pdfText, sofficeConvert, squeeze, zipEntry } from '../helpers/office';
import { removeTempFolders, runCli, tempFolder } from './helpers/runCli';

const REPO = resolve(__dirname, '../..');
/** examples/说明.txt: 扣加分前 78.4 分，扣 1 项、加 1 项后仍为 78.4 分，等级（估算）达标级. */
const HAND_SCORE = 78.4;
const HAND_LEVEL = '达标级';

interface CoverageJsonSet {
  score: { value: number; base: number; deductions: number; bonus: number; level: string; earned: number; applicable: number };
  clauses: { id: string; title: string; points: number; status: string; countsFor?: string; notApplicableReason?: string }[];
}

function cliCoverage(): CoverageJsonSet {
  const r = runCli(['examples', '--coverage', 'json', '--locale', 'zh-CN'], REPO);
  assert.equal(r.stderr, '');
  const sets = JSON.parse(r.stdout) as CoverageJsonSet[];
  assert.equal(sets.length, 1);
  return sets[0];
}

function exportXlsx(dir: string, extra: string[] = []): string {
  const out = join(dir, '自评表.xlsx');
  const r = runCli(['examples', '--export', 'xlsx', '--out', out, ...extra], REPO);
  assert.equal(r.stderr, '');
  assert.equal(r.code, 1); // the example set has errors on purpose
  return out;
}

/** GB/T 27922-2011 clause 6 as examples/说明.txt relays it (fewer than 5 special deductions). */
function levelOf(score: number): string {
  return score >= 95 ? '五星级' : score >= 90 ? '四星级' : score >= 80 ? '三星级' : score >= 70 ? '达标级' : '不合格';
}

type Cell = string | number | boolean | undefined;

function rows(book: XLSX.WorkBook, sheet: string): Cell[][] {
  assert.ok(book.Sheets[sheet], `sheet ${sheet}`);
  return XLSX.utils.sheet_to_json<Cell[]>(book.Sheets[sheet], { header: 1, raw: true, blankrows: false, defval: undefined });
}

/** The value in column G of the row whose first column is `label` (the total block). */
function total(table: Cell[][], label: string): Cell {
  const row = table.find((r) => r[0] === label);
  assert.ok(row, `row ${label}`);
  return row[6];
}

/** Recalculated by LibreOffice: converted xlsx → xlsx with every formula evaluated on load. */
function recalculated(file: string, dir: string): XLSX.WorkBook {
  return XLSX.readFile(sofficeConvert(file, 'xlsx', join(dir, 'recalc')));
}

describe('evidence-lint --export xlsx (自评表)', function () {
  this.timeout(240000);
  after(removeTempFolders);

  it('LibreOffice recalculates the example set to the CLI score 78.4 and level 达标级', () => {
    const dir = tempFolder();
    const json = cliCoverage();
    assert.equal(json.score.value, HAND_SCORE);
    const table = rows(recalculated(exportXlsx(dir), dir), '自评表');
    assert.equal(total(table, '最终得分'), json.score.value);
    assert.equal(total(table, '最终得分'), HAND_SCORE);
    assert.equal(total(table, '等级（估算）'), HAND_LEVEL);
    assert.equal(total(table, '特别扣分项'), 1);
    assert.equal(total(table, '特别加分项（至多加 1 分）'), 1);
    assert.equal(Math.round((total(table, '得分（折算百分制）') as number) * 10) / 10, json.score.base);
    assert.equal(Math.round((total(table, '涉及项分值') as number) * 100) / 100, json.score.applicable);
    assert.equal(Math.round((total(table, '得分') as number) * 100) / 100, json.score.earned);
  });

  it("changing one 自评得分 moves the total by that clause's points; a status set to 删减 leaves the applicable points", () => {
    const dir = tempFolder();
    const json = cliCoverage();
    const clause = json.clauses.find((c) => c.id === '5.1.6.2')!;
    assert.equal(clause.status, 'missing');
    const file = exportXlsx(dir);
    const before = rows(recalculated(file, dir), '自评表');
    // Edited by SheetJS, not by our writer: the consultant gives the missing clause its full points.
    const book = XLSX.readFile(file, { cellFormula: true, cellStyles: true });
    const sheet = book.Sheets['自评表'];
    const table = rows(book, '自评表');
    const r = table.findIndex((row) => row[0] === '5.1.6.2');
    assert.equal(table[0][6], '自评得分');
    sheet[XLSX.utils.encode_cell({ r, c: 6 })] = { t: 'n', v: clause.points };
    // And declares another missing clause not applicable.
    const excluded = json.clauses.find((c) => c.id === '5.1.6.4')!;
    assert.equal(excluded.status, 'missing');
    sheet[XLSX.utils.encode_cell({ r: table.findIndex((row) => row[0] === '5.1.6.4'), c: 5 })] = { t: 's', v: '删减' };
    mkdirSync(join(dir, 'edited'));
    const edited = join(dir, 'edited', '自评表.xlsx');
    XLSX.writeFile(book, edited);
    const after = rows(recalculated(edited, join(dir, 'edited')), '自评表');
    const earnedBefore = total(before, '得分') as number;
    const earnedAfter = total(after, '得分') as number;
    assert.ok(Math.abs(earnedAfter - earnedBefore - clause.points) < 1e-9, `${earnedBefore} → ${earnedAfter}, expected +${clause.points}`);
    const applicable = total(after, '涉及项分值') as number;
    const applicableBefore = total(before, '涉及项分值') as number;
    assert.ok(Math.abs(applicableBefore - applicable - excluded.points) < 1e-9, `${applicableBefore} → ${applicable}, expected −${excluded.points}`);
    const expectedFinal = Math.round(((earnedAfter / applicable) * 100 - json.score.deductions + Math.min(1, json.score.bonus)) * 10) / 10;
    assert.equal(total(after, '最终得分'), expectedFinal);
    assert.notEqual(expectedFinal, HAND_SCORE);
    assert.equal(total(after, '等级（估算）'), levelOf(expectedFinal));
    // The subtotal of the second-level indicator 5.1.6 follows too.
    const sub = (t: Cell[][]) => t.find((row) => row[0] === '5.1.6')![6] as number;
    assert.ok(Math.abs(sub(after) - sub(before) - clause.points) < 1e-9);
  });

  it('SheetJS reads the cached values: the CLI figures, one row per clause in catalog order', () => {
    const dir = tempFolder();
    const json = cliCoverage();
    const book = XLSX.readFile(exportXlsx(dir));
    assert.deepEqual(book.SheetNames, ['自评表', '删减说明', '问题清单']);
    const table = rows(book, '自评表');
    assert.deepEqual(table[0], ['指标编号', '指标（简称）', '要求', '可信度', '分值', '状态', '自评得分', '证据位置', '证据附件', '说明/删减理由', '涉及分值']);
    assert.deepEqual(
      table.slice(1, 1 + json.clauses.length).map((r) => r[0]),
      json.clauses.map((c) => c.id),
    );
    assert.equal(total(table, '最终得分'), HAND_SCORE);
    assert.equal(total(table, '等级（估算）'), HAND_LEVEL);
    const row = (id: string) => table.find((r) => r[0] === id)!;
    assert.equal(row('5.1.3.2')[5], '薄弱');
    assert.equal(row('5.1.6.2')[5], '缺失');
    assert.equal(row('5.2.6')[5], '删减');
    assert.equal(row('5.2.6')[6], undefined); // a not-applicable clause scores nothing
    assert.equal(row('5.1.1.3')[4], undefined); // counts for 5.1.1.2, no points of its own
    assert.equal(row('5.1.1.3')[9], '不单列分值，证据计入 5.1.1.2');
    assert.equal(row('5.1.1.1')[7], '01-售后服务体系.md:13'); // relative to the set's folder, which is what the auditor gets
    assert.equal(row('5.1.1.1')[8], '附件/售后服务组织机构图.png\n附件/客户服务中心设立通知.pdf\n附件/售后服务岗位职责说明书.pdf');
  });

  it('删减说明 gives the reason as written; 问题清单 lists every diagnostic of the JSON run', () => {
    const dir = tempFolder();
    const book = XLSX.readFile(exportXlsx(dir));
    const front = readFileSync(join(REPO, 'examples/00-总览.md'), 'utf8').split('---')[1];
    const reason = (parseYaml(front) as { not_applicable: Record<string, string> }).not_applicable['5.2.6'];
    assert.deepEqual(rows(book, '删减说明'), [
      ['指标编号', '指标（简称）', '分值', '删减理由', '声明位置'],
      ['5.2.6', '废弃商品回收', 35 / 6, reason, '00-总览.md:8'],
    ]);
    const diag = runCli(['examples', '--format', 'json', '--locale', 'zh-CN'], REPO);
    const flat = (JSON.parse(diag.stdout) as { diagnostics: JsonDiagnostic[] }).diagnostics;
    assert.ok(flat.length > 10);
    const problems = rows(book, '问题清单');
    assert.deepEqual(problems[0], ['文件', '行', '规则', '严重程度', '说明']);
    const severity: Record<string, string> = { error: '错误', warning: '警告', info: '提示', hint: '提示' };
    assert.deepEqual(
      problems.slice(1),
      flat.map((d) => [d.file.replace(/^examples\//, ''), d.range.start.line + 1, d.rule, severity[d.severity], d.message]),
    );
  });

  it('prints on A4 landscape with the header row repeated; frozen header; LibreOffice PDF shows every clause, the 删减 reason and the total', () => {
    const dir = tempFolder();
    const json = cliCoverage();
    const file = exportXlsx(dir);
    const sheetXml = zipEntry(file, 'xl/worksheets/sheet1.xml');
    assert.match(sheetXml, /<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    assert.match(sheetXml, /<pageSetup [^>]*paperSize="9"[^>]*orientation="landscape"/);
    assert.match(zipEntry(file, 'xl/workbook.xml'), /<definedName name="_xlnm.Print_Titles" localSheetId="0">&apos;自评表&apos;!\$1:\$1<\/definedName>/);
    const pdf = sofficeConvert(file, 'pdf', join(dir, 'pdf'));
    const size = pdfPageSize(pdf);
    assert.deepEqual([Math.round(size.width), Math.round(size.height)], [842, 595]);
    const text = pdfText(pdf);
    const pages = pdfText(pdf, true)
      .split('\f')
      .filter((p) => p.trim());
    assert.ok(pages.length > 1);
    for (const page of pages.slice(0, 2)) assert.match(page, /指标编号\s+指标（简称）/);
    const flat = squeeze(text);
    for (const c of json.clauses) assert.ok(text.includes(c.id), `clause ${c.id} in the PDF`);
    assert.ok(flat.includes(squeeze(json.clauses.find((c) => c.id === '5.2.6')!.notApplicableReason!)));
    assert.match(text, /最终得分\s+78\.4/);
  });

  it('refuses to write over one of its inputs', () => {
    const dir = tempFolder({ 'evidence.config.yaml': 'minChars: 40\n', 'a.md': `---\nstandard: GB/T 27922-2011\n---\n## 5.1 体系\n` });
    const r = runCli(['.', '--export', 'xlsx', '--out', 'a.md'], dir);
    assert.equal(r.stderr, 'evidence-lint: refusing to write "a.md": it is an input of this run\n');
    assert.equal(r.code, 2);
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), `---\nstandard: GB/T 27922-2011\n---\n## 5.1 体系\n`);
  });

  it('needs --out and exactly one evidence set', () => {
    const noOut = runCli(['examples', '--export', 'xlsx'], REPO);
    assert.equal(noOut.code, 2);
    assert.match(noOut.stderr, /^evidence-lint: --export needs --out FILE\n/);
    const dir = tempFolder({ 'a.md': '# 无标准\n' });
    const none = runCli(['.', '--export', 'xlsx', '--out', join(dir, 'x.xlsx')], dir);
    assert.equal(none.stderr, 'evidence-lint: --export needs exactly one evidence set, found 0\n');
    assert.equal(none.code, 2);
  });
});

interface JsonDiagnostic {
  file: string;
  range: { start: { line: number } };
  rule: string;
  severity: string;
  message: string;
}
