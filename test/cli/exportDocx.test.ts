// evidence-lint --export docx: the evidence dossier (证据汇编) of the example set,
// opened by real readers: LibreOffice prints it to PDF (poppler reads the text),
// mammoth — an independent reader — turns it into HTML.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import mammoth from 'mammoth';
import { parse as parseYaml } from 'yaml';
import { pdfPageSize, pdfText, sofficeConvert, squeeze, zipEntry } from '../helpers/office';
import { FRONTMATTER, removeTempFolders, runCli, tempFolder } from './helpers/runCli';

const REPO = resolve(__dirname, '../..');

interface CoverageJsonSet {
  score: { value: number; label: string };
  clauses: { id: string; title: string }[];
}

function cliCoverage(): CoverageJsonSet {
  const r = runCli(['examples', '--coverage', 'json', '--locale', 'zh-CN'], REPO);
  return (JSON.parse(r.stdout) as CoverageJsonSet[])[0];
}

function exportDocx(cwd: string, path: string, out: string): string {
  const r = runCli([path, '--export', 'docx', '--out', out], cwd);
  assert.equal(r.stderr, '');
  assert.ok(r.code === 0 || r.code === 1, `exit ${r.code}`);
  return out;
}

function naReason(): string {
  const front = readFileSync(join(REPO, 'examples/00-总览.md'), 'utf8').split('---')[1];
  return (parseYaml(front) as { not_applicable: Record<string, string> }).not_applicable['5.2.6'];
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('evidence-lint --export docx (证据汇编)', function () {
  this.timeout(240000);
  after(removeTempFolders);

  it('LibreOffice prints the example dossier on A4: cover with the estimated score, contents with page numbers, every clause, the 删减 reason', () => {
    const dir = tempFolder();
    const json = cliCoverage();
    const pdf = sofficeConvert(exportDocx(REPO, 'examples', join(dir, '证据汇编.docx')), 'pdf', join(dir, 'pdf'));
    const size = pdfPageSize(pdf);
    assert.deepEqual([Math.round(size.width), Math.round(size.height)], [595, 842]);
    const pages = pdfText(pdf).split('\f');
    const cover = pages[0];
    assert.match(cover, /杭州明澜电器有限公司\s+证据汇编/);
    assert.ok(cover.includes('依据标准：GB/T 27922-2011《商品售后服务评价体系》'));
    assert.ok(cover.includes(`编制日期：${today()}`));
    assert.ok(cover.includes('编制人：质量部 周敏'));
    assert.ok(cover.includes(`自评得分（估算）：${json.score.value}`));
    assert.ok(cover.includes('自评得分（估算）：78.4'));
    assert.ok(cover.includes('等级（估算）：达标级（估）'));
    const toc = pages[1];
    assert.match(toc, /^目录/);
    assert.match(toc, /5\.1\.1 组织架构\.{5,}\d+/);
    assert.match(toc, /附件清单\.{5,}\d+/);
    const body = pages.slice(2).join('\n');
    for (const c of json.clauses) assert.ok(body.includes(`${c.id} ${c.title}`), `clause ${c.id} ${c.title}`);
    assert.ok(squeeze(body).includes(squeeze(`删减理由：${naReason()}`)));
    // Links are printed as their text with their target.
    assert.ok(squeeze(body).includes('售后服务网点清单（附件/售后服务网点清单.csv）'));
  });

  it('mammoth reads the headings, the markdown table, the attachment index and the Chinese fonts are named', async () => {
    const dir = tempFolder();
    const file = exportDocx(REPO, 'examples', join(dir, '证据汇编.docx'));
    const { value: html } = await mammoth.convertToHtml({ path: file });
    assert.ok(html.includes('<h1><a id="clause_5"></a>5 评价指标</h1>'), html.slice(0, 2000));
    assert.ok(html.includes('<h2><a id="clause_5_1"></a>5.1 售后服务体系</h2>'));
    assert.ok(html.includes('<h4><a id="clause_5_1_1_1"></a>5.1.1.1 售后服务部门及职能岗位</h4>'));
    // A deeper section (5.2.4.1, evidence for 5.2.4) keeps its own heading under the clause.
    assert.ok(html.includes('<p><strong>5.2.4.1 维修收费与备件</strong></p>'));
    // 01-售后服务体系.md's GFM table under 5.1.1.2.
    assert.ok(html.includes('<table><thead><tr><th><p><strong>区域</strong></p></th><th><p><strong>自建</strong></p></th>'));
    assert.ok(html.includes('<tr><td><p>江苏</p></td><td><p>0</p></td><td><p>9</p></td><td><p>上门＋到店</p></td></tr>'));
    // 附件清单: every linked file, which clause links it, whether it exists.
    assert.ok(
      html.includes('<tr><td><p>附件/满意度调查报告2025.pdf</p></td><td><p>5.3.1</p></td><td><p>03-顾客服务.md:25</p></td><td><p>不存在</p></td></tr>'),
    );
    assert.ok(
      html.includes('<tr><td><p>../../外部/合同.pdf</p></td><td><p>5.1.1.3</p></td><td><p>01-售后服务体系.md:41</p></td><td><p>在工作区之外</p></td></tr>'),
    );
    assert.ok(
      html.includes('<tr><td><p>附件/售后服务网点清单.csv</p></td><td><p>5.1.1.2</p></td><td><p>01-售后服务体系.md:33</p></td><td><p>存在</p></td></tr>'),
    );
    const styles = zipEntry(file, 'word/styles.xml');
    assert.match(styles, /w:eastAsia="宋体"/);
    assert.match(styles, /w:eastAsia="黑体"/);
  });

  it('renders emphasis, lists, quotes and links from CRLF markdown with astral characters', async () => {
    const md = [
      FRONTMATTER.replace('---\n', '---\nindex: true\norganization: 测试𠀀公司\n').trimEnd(),
      '## 5.1.1.1 售后服务部门及职能岗位',
      '',
      '客服中心 **专门部门** 与 *岗位说明书* 齐全，另有 ~~旧制度~~ 与 `SH-01`。',
      '',
      '1. 第一步 [通知](附件/通知.pdf)',
      '2. 第二步',
      '   - 嵌套 𠀀 项',
      '',
      '> 引用 https://example.com/a',
      '',
    ].join('\r\n');
    const dir = tempFolder({ 'a.md': md, '附件/通知.pdf': '%PDF-1.4\n' });
    const file = exportDocx(dir, '.', join(dir, 'out', '证据汇编.docx'));
    const { value: html } = await mammoth.convertToHtml({ path: file });
    assert.ok(html.includes('<strong>专门部门</strong>'), html);
    assert.ok(html.includes('<em>岗位说明书</em>'));
    assert.ok(html.includes('<s>旧制度</s>'));
    assert.ok(html.includes('<p>1.\t第一步 通知（附件/通知.pdf）</p>'));
    assert.ok(html.includes('<p>•\t嵌套 𠀀 项</p>'));
    assert.ok(html.includes('<p>引用 https://example.com/a</p>'));
    assert.ok(html.includes('测试𠀀公司'));
  });
});
