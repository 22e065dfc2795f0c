// Workspace lint over LSP: open and closed documents, cross-file updates,
// watched files, settings, and UTF-16 ranges.
import assert from 'node:assert/strict';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { FRONTMATTER, writeFiles } from './helpers/fixture';
import { B_MD, INDEX_MD, SET_FILES } from './helpers/evidenceSet';
import type { Mode } from './helpers/lspSession';
import { useServer } from './helpers/suite';

const missing = (ds: Diagnostic[], clause: string) => ds.filter((d) => d.code === 'missing-clause' && (d.data as { clause?: string })?.clause === clause);
const rules = (ds: Diagnostic[]) => ds.map((d) => d.code).sort();

// Without a workspace folder a file is analysed on its own (no folder around it is read):
// its single-file behaviour is tested in filesOutsideFolders.test.ts.
for (const mode of ['workspace'] as Mode[]) {
  describe(`LSP diagnostics (${mode})`, () => {
    const s = useServer(mode, SET_FILES);

    it('indexes the folder with work-done progress and registers the file watchers', async () => {
      const { session } = s;
      await session.waitFor('progress end', () => session.progress.some((p) => p.kind === 'end'));
      const kinds = session.progress.map((p) => p.kind);
      assert.equal(kinds[0], 'begin');
      assert.equal(kinds[kinds.length - 1], 'end');
      await session.waitFor('registrations', () => session.registrations.length >= 2);
      assert.deepEqual([...session.registrations].sort(), ['workspace/didChangeConfiguration', 'workspace/didChangeWatchedFiles']);
    });

    it('publishes diagnostics for a closed document, skipping node_modules and .gitignored files', async () => {
      const { session } = s;
      const ds = await session.waitForDiagnostics(s.uri('b.md'), (d) => d.length > 0);
      const line = B_MD.split('\n')[5];
      const start = line.indexOf('附件/缺失.pdf');
      assert.deepEqual(ds, [
        {
          range: { start: { line: 5, character: start }, end: { line: 5, character: start + '附件/缺失.pdf'.length } },
          severity: 1,
          code: 'broken-attachment',
          codeDescription: { href: pathToFileURL(join(__dirname, '../../docs/rules/broken-attachment.zh-cn.md')).href },
          source: '合规证据',
          message: '附件“附件/缺失.pdf”不存在。',
        },
      ]);
      // The code link opens the bundled Chinese explanation, offline.
      assert.match(readFileSync(fileURLToPath(ds[0].codeDescription.href), 'utf8'), /^# `broken-attachment`\n\n\*\*默认级别：\*\*错误/);
      assert.equal(session.diagnostics.has(s.uri('node_modules/pkg/readme.md')), false);
      assert.equal(session.diagnostics.has(s.uri('ignored/x.md')), false);
    });

    it('publishes diagnostics for the open document, missing clauses on the nearest ancestor heading', async () => {
      const ds = await s.session.waitForDiagnostics(s.uri('index.md'), (d) => missing(d, '5.1.5.1').length === 1);
      const [d] = missing(ds, '5.1.5.1');
      assert.deepEqual(d.range, { start: { line: 9, character: 0 }, end: { line: 9, character: 11 } });
      assert.equal(d.severity, 2);
      assert.equal(d.message, '条款 5.1.5.1 服务监督机构 在本证据集中没有证据章节。');
      // The other 13 missing 5.1 leaves have no ancestor section: on the standard: line.
      assert.equal(ds.filter((x) => x.range.start.line === 1).length, 13);
      assert.deepEqual([...new Set(rules(ds))], ['missing-clause']);
    });

    it('re-publishes another document when a section is added to an open one, then reverts to disk on close', async () => {
      const { session } = s;
      const a = s.uri('a.md');
      await session.open(s.path('a.md'), SET_FILES['a.md']);
      const insertAt = { line: 13, character: 0 };
      await session.edit(a, [
        { range: { start: insertAt, end: insertAt }, newText: '### 5.1.5.1 服务监督机构\n\n设立服务监督小组，定期检查服务质量。[名单](附件/制度.pdf)\n\n' },
      ]);
      const ds = await session.waitForDiagnostics(s.uri('index.md'), (d) => missing(d, '5.1.5.1').length === 0);
      assert.equal(ds.length, 13);
      const coverage = await session.waitForCoverage((c) => c[0]?.nodes.find((x) => x.id === '5.1.5.1')?.status === 'covered');
      assert.deepEqual(coverage[0].nodes.find((x) => x.id === '5.1.5.1')!.sections, [{ uri: a, line: 13 }]);

      // Closing without saving: the disk version counts again, 5.1.5.1 is missing again.
      await session.close(a);
      const back = await session.waitForDiagnostics(s.uri('index.md'), (d) => missing(d, '5.1.5.1').length === 1);
      assert.equal(back.length, 14);
    });

    it('indexes a closed file created on disk and forgets it when deleted (didChangeWatchedFiles)', async () => {
      const { session } = s;
      const c = s.path('c.md');
      writeFileSync(
        c,
        FRONTMATTER +
          '### 5.1.1.2 服务网点覆盖与管理\n\n网点覆盖全部销售区域，按季度检查。[网点清单](附件/制度.pdf)\n\n### 5.1.9.9 不存在\n\n正文内容足够长。[x](附件/制度.pdf)\n',
      );
      await session.fileEvent(c, 'created');
      const cds = await session.waitForDiagnostics(s.uri('c.md'), (d) => d.length > 0);
      assert.deepEqual(rules(cds), ['unknown-clause']);
      assert.deepEqual(cds[0].range, { start: { line: 7, character: 4 }, end: { line: 7, character: 11 } });
      const ads = await session.waitForDiagnostics(s.uri('a.md'), (d) => missing(d, '5.1.1.2').length === 0);
      assert.deepEqual(
        ads.filter((d) => d.code === 'missing-clause'),
        [],
        'nothing under 5.1.1 is missing any more',
      );

      unlinkSync(c);
      await session.fileEvent(c, 'deleted');
      await session.waitForDiagnostics(s.uri('c.md'), (d) => d.length === 0);
      await session.waitForDiagnostics(s.uri('a.md'), (d) => missing(d, '5.1.1.2').length === 1);
    });

    it('re-checks attachments when a linked file appears or disappears', async () => {
      const { session } = s;
      const attachment = s.path('附件/缺失.pdf');
      writeFiles(s.root, { '附件/缺失.pdf': '%PDF-1.4' });
      await session.fileEvent(attachment, 'created');
      await session.waitForDiagnostics(s.uri('b.md'), (d) => d.length === 0);
      unlinkSync(attachment);
      await session.fileEvent(attachment, 'deleted');
      const ds = await session.waitForDiagnostics(s.uri('b.md'), (d) => d.length === 1);
      assert.equal(ds[0].code, 'broken-attachment');
    });

    it('applies complianceEvidence.* settings over evidence.config.yaml and reloads them on change', async () => {
      const { session } = s;
      await session.changeSettings({ rules: { 'missing-clause': 'off', 'broken-attachment': 'warning' } });
      await session.waitForDiagnostics(s.uri('index.md'), (d) => d.length === 0);
      const b = await session.waitForDiagnostics(s.uri('b.md'), (d) => d.length === 1 && d[0].severity === 2);
      assert.equal(b[0].code, 'broken-attachment');
      await session.changeSettings({});
      await session.waitForDiagnostics(s.uri('index.md'), (d) => d.length === 14);
    });

    it("reports UTF-16 ranges on a CRLF document with 𠀀, with related info to the clause's other sections", async () => {
      const { session } = s;
      const text = FRONTMATTER.replace(/\n/g, '\r\n') + '### 5.1.1.1 售后服务部门及职能岗位\r\n𠀀 见[附件](附件/无.pdf)\r\n';
      const uri = await session.open(s.path('crlf.md'), text);
      const ds = await session.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'broken-attachment'));
      const broken = ds.find((x) => x.code === 'broken-attachment')!;
      // 𠀀 is two UTF-16 code units: "𠀀 见[附件](" is 9 units.
      assert.deepEqual(broken.range, { start: { line: 4, character: 9 }, end: { line: 4, character: 17 } });
      const thin = ds.find((x) => x.code === 'weak-thin')!;
      assert.deepEqual(thin.relatedInformation, [
        { location: { uri: s.uri('a.md'), range: { start: { line: 7, character: 0 }, end: { line: 7, character: 23 } } }, message: '5.1.1.1 的章节' },
      ]);
      await session.close(uri);
      await session.waitForDiagnostics(uri, (d) => d.length === 0);
    });
  });
}

describe('LSP diagnostics: publishing order', () => {
  const s = useServer('workspace', SET_FILES);

  it('publishes the edited open document before other documents its edit changed', async () => {
    const { session } = s;
    // index.md is open (useServer opens it); b.md is closed, comes first in path order and has a diagnostic of its own.
    const index = s.uri('index.md');
    const b = s.uri('b.md');
    const from = session.publishOrder.length;
    // A second section for b.md's 5.1.7.1: both documents get duplicate-section.
    const end = { line: INDEX_MD.split('\n').length - 1, character: 0 };
    await session.edit(index, [
      { range: { start: end, end }, newText: '### 5.1.7.1 服务理念\n\n以顾客为中心，由总经理签发并向全员宣贯。[理念宣贯记录](附件/制度.pdf)\n' },
    ]);
    await session.waitForDiagnostics(b, (d) => d.some((x) => x.code === 'duplicate-section'));
    assert.ok(session.diagnostics.get(index)!.some((x) => x.code === 'duplicate-section'));
    assert.deepEqual(
      session.publishOrder.slice(from).filter((u) => u === b || u === index),
      [index, b],
    );
  });
});

describe('LSP coverage notifications', () => {
  const s = useServer('workspace', SET_FILES);

  it('sends no coverage tree for an edit that changes no status, and one for an edit that does', async () => {
    const { session } = s;
    const index = s.uri('index.md');
    const before = session.coverageEvents.length;
    const end = { line: INDEX_MD.split('\n').length - 1, character: 0 };
    // A broken link in running text: index.md's diagnostics change, the tree does not.
    await session.edit(index, [{ range: { start: end, end }, newText: '另见 [旧制度](附件/旧制度.pdf)。\n' }]);
    await session.waitForDiagnostics(index, (d) => d.some((x) => x.code === 'broken-attachment'));
    assert.equal(session.coverageEvents.length, before);
    // A section for the missing 5.1.6.1: its status changes, one new tree arrives.
    const after = { line: end.line + 1, character: 0 };
    await session.edit(index, [
      {
        range: { start: after, end: after },
        newText: '### 5.1.6.1 服务投诉处理\n\n设投诉受理专线，三个工作日内答复并回访，处理记录完整。[投诉记录](附件/制度.pdf)\n',
      },
    ]);
    const trees = await session.waitForCoverage((c) => c[0]?.nodes.find((x) => x.id === '5.1.6.1')?.status === 'covered');
    assert.equal(session.coverageEvents.length, before + 1);
    assert.deepEqual(trees[0].nodes.find((x) => x.id === '5.1.6.1')!.sections, [{ uri: index, line: end.line + 1 }]);
  });
});
