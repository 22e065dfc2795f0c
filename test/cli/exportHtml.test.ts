// evidence-lint --export html: the printable report follows --locale, names the
// organization and date, gives points per section and per indicator, confidence
// with a legend, and prints on A4 without cutting a clause line in two. Chromium
// prints it; a picture of page 1 is kept in test-results/.
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromiumPrintToPdf, pdfFirstPagePng, pdfPageSize, pdfText } from '../helpers/office';
import { removeTempFolders, runCli, tempFolder } from './helpers/runCli';

const REPO = resolve(__dirname, '../..');
const RESULTS = join(REPO, 'test-results');

interface CoverageJsonSet {
  score: { value: number; earned: number; applicable: number };
  clauses: { id: string; title: string; depth: number; points: number; earned: number; confidence: string; status: string; countsFor?: string }[];
}

function cliCoverage(locale: string): CoverageJsonSet {
  return (JSON.parse(runCli(['examples', '--coverage', 'json', '--locale', locale], REPO).stdout) as CoverageJsonSet[])[0];
}

function exportHtml(dir: string, locale: string[]): string {
  const out = join(dir, 'report.html');
  const r = runCli(['examples', '--export', 'html', '--out', out, ...locale], REPO);
  assert.equal(r.stderr, '');
  assert.equal(r.code, 1);
  return readFileSync(out, 'utf8');
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('evidence-lint --export html (printable report)', function () {
  this.timeout(180000);
  after(removeTempFolders);

  it('is in Chinese with --locale zh-CN: organization, date, points per section, confidence legend', () => {
    const html = exportHtml(tempFolder(), ['--locale', 'zh-CN']);
    const json = cliCoverage('zh-CN');
    assert.match(html, /^<!DOCTYPE html>\n<html lang="zh-CN">/);
    assert.ok(html.includes(`<p class="meta">标准：GB/T 27922-2011《商品售后服务评价体系》 · 申请组织：杭州明澜电器有限公司 · 日期：${today()}</p>`));
    // Every weak or missing indicator says why (the causes examples/说明.txt names by hand).
    const why = (id: string) =>
      new RegExp(
        `<span class="id">${id.replace(/\./g, '\\.')}</span>[^<]*(?:<span class="(?:pts|conf [a-z-]+)">[^<]*</span>)*<span class="why">([^<]*)</span>`,
      ).exec(html)?.[1];
    assert.deepEqual(['5.1.3.2', '5.1.7.3', '5.2.2', '5.3.1', '5.1.6.2', '5.1.6.4', '5.2.1.5', '5.2.5'].map(why), [
      '原因：未提及细分要求',
      '原因：正文过短',
      '原因：无证据链接',
      '原因：含占位内容',
      '原因：无章节',
      '原因：无章节',
      '原因：无章节',
      '原因：无章节',
    ]);
    assert.ok(html.includes('<h2>各部分得分（得分 / 涉及分值，估算）</h2>'));
    // Figures from the CLI's JSON, one decimal: every first-level section, then the total.
    const r1 = (n: number) => Math.round(n * 10) / 10;
    for (const c of json.clauses.filter((c) => c.depth === 1)) {
      assert.ok(html.includes(`<tr><td>${c.id} ${c.title}</td><td class="num">${r1(c.earned)}</td><td class="num">${r1(c.points)}</td></tr>`), c.id);
    }
    assert.ok(
      html.includes(`<tr class="total"><td>合计</td><td class="num">${r1(json.score.earned)}</td><td class="num">${r1(json.score.applicable)}</td></tr>`),
    );
    assert.ok(html.includes('<p class="legend">可信度：已核实＝'));
    // Every indicator line: its points and its confidence.
    const leaf = json.clauses.find((c) => c.id === '5.1.3.2')!;
    assert.ok(
      html.includes(
        `<span class="id">5.1.3.2</span> 内部保障<span class="pts">${Math.round(leaf.earned * 10) / 10}/${Math.round(leaf.points * 10) / 10}</span><span class="conf verified">已核实</span>`,
      ),
    );
    assert.ok(html.includes('@page{size:A4'));
    assert.ok(html.includes('@media print{'));
  });

  it('is in English with --locale en', () => {
    const html = exportHtml(tempFolder(), ['--locale', 'en']);
    assert.match(html, /^<!DOCTYPE html>\n<html lang="en">/);
    assert.ok(
      html.includes(
        `<p class="meta">Standard: GB/T 27922-2011《商品售后服务评价体系》 (Evaluation system for after-sales service of commodities) · Organization: 杭州明澜电器有限公司 · Date: ${today()}</p>`,
      ),
    );
    assert.ok(html.includes('<span class="why">why: sub-items not addressed</span>'));
    assert.ok(html.includes('<tr class="total"><td>Total</td>'));
  });

  it('Chromium prints it on A4 with every clause line whole on one page; page 1 kept as a picture', () => {
    const dir = tempFolder();
    exportHtml(dir, ['--locale', 'zh-CN']);
    const json = cliCoverage('zh-CN');
    const pdf = chromiumPrintToPdf(join(dir, 'report.html'), join(dir, 'report.pdf'));
    const size = pdfPageSize(pdf);
    assert.deepEqual([Math.round(size.width), Math.round(size.height)], [595, 842]);
    assert.ok(size.pages >= 2);
    const pages = pdfText(pdf).split('\f');
    for (const c of json.clauses) {
      const line = new RegExp(`${c.id.replace(/\./g, '\\.')} ${c.title}`);
      assert.ok(
        pages.some((p) => line.test(p)),
        `${c.id} ${c.title} whole on one page`,
      );
    }
    assert.ok(pages[0].includes('78.4'));
    mkdirSync(RESULTS, { recursive: true });
    const png = pdfFirstPagePng(pdf, join(dir, 'report-page1'));
    copyFileSync(png, join(RESULTS, 'html-report-print.png'));
    copyFileSync(pdf, join(RESULTS, 'html-report-print.pdf'));
  });
});
