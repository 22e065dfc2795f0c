// Editor features over LSP: completion, hover, navigation, symbols, code lens
// and the custom coverage protocol.
import assert from 'node:assert/strict';
import {
  CodeLensRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentSymbolRequest,
  HoverRequest,
  ReferencesRequest,
  WorkspaceSymbolRequest,
  type CompletionList,
  type DocumentSymbol,
  type MarkupContent,
  type TextEdit,
} from 'vscode-languageserver-protocol';
import { localizer } from '../../server/src/core';
import type { MessageKey } from '../../server/src/core/l10n/messages';
import { builtinCatalogs } from '../../server/src/node/builtinCatalogs';
import { CoverageReportRequest, CoverageRequest } from '../../server/src/protocol/protocol';
import { FRONTMATTER } from './helpers/fixture';
import { INDEX_MD, SET_FILES } from './helpers/evidenceSet';
import type { Mode } from './helpers/lspSession';
import { useServer } from './helpers/suite';

const catalog = builtinCatalogs()[0];
const t = localizer('zh-CN');
const status = (s: string) => t(`status.${s}` as MessageKey);
const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle));
const charOf = (text: string, needle: string) => text.split('\n')[lineOf(text, needle)].indexOf(needle);

// Without a workspace folder a file is analysed on its own (no folder around it is read):
// its single-file behaviour is tested in filesOutsideFolders.test.ts.
for (const mode of ['workspace'] as Mode[]) {
  describe(`LSP language features (${mode})`, () => {
    const s = useServer(mode, SET_FILES);

    before(async () => {
      await s.session.waitForDiagnostics(s.uri('b.md'), (d) => d.length === 1); // indexed and analysed
    });

    async function complete(name: string, text: string, line: number, character: number): Promise<CompletionList> {
      const uri = await s.session.open(s.path(name), text);
      try {
        const result = await s.session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line, character } });
        assert.ok(result && !Array.isArray(result), 'a CompletionList');
        return result;
      } finally {
        await s.session.close(uri);
      }
    }

    it('completes `## 5.1.` with the children of 5.1, their titles, status and clause text', async () => {
      const list = await complete('scratch1.md', FRONTMATTER + '## 5.1.', 3, 7);
      assert.deepEqual(
        list.items.map((i) => i.label),
        catalog.children.get('5.1')!.map((c) => `${c.id} ${c.title.zh}`),
      );
      const item = list.items.find((i) => i.label === '5.1.1 组织架构')!;
      assert.deepEqual(item.textEdit, { range: { start: { line: 3, character: 3 }, end: { line: 3, character: 7 } }, newText: '5.1.1 组织架构' });
      // 5.1.1.1 is covered in a.md, 5.1.1.2 has no section: the group is partly covered.
      assert.equal(item.detail, '部分覆盖');
      assert.ok((item.documentation as MarkupContent).value.startsWith('**5.1.1 组织架构**'));
    });

    it('completes `## 培训` by title and text words (5.1.3.2 内部保障 first)', async () => {
      const list = await complete('scratch2.md', FRONTMATTER + '## 培训', 3, 5);
      assert.equal(list.isIncomplete, true);
      const first = list.items[0];
      assert.equal(first.label, '5.1.3.2 内部保障');
      assert.equal(first.filterText, '培训');
      assert.deepEqual(first.textEdit, { range: { start: { line: 3, character: 3 }, end: { line: 3, character: 5 } }, newText: '5.1.3.2 内部保障' });
      const doc = (first.documentation as MarkupContent).value;
      assert.ok(doc.includes('- a) '), doc);
    });

    it('completes clause ids after § with the id only', async () => {
      const list = await complete('scratch3.md', FRONTMATTER + '# x\n\n见 §5.1.5.', 5, 9);
      assert.deepEqual(
        list.items.map((i) => i.label),
        ['5.1.5.1', '5.1.5.2'],
      );
      assert.deepEqual(list.items[0].textEdit, { range: { start: { line: 5, character: 3 }, end: { line: 5, character: 9 } }, newText: '5.1.5.1' });
      assert.equal(list.items[0].detail, status('missing'));
      assert.equal(list.items[1].detail, status('covered'));
    });

    it('completes standard names and not_applicable clause ids in the frontmatter', async () => {
      const standard = await complete('scratch4.md', '---\nstandard: \n---\n', 1, 10);
      assert.deepEqual(
        standard.items.map((i) => [i.label, (i.textEdit as TextEdit).newText]),
        [['GB/T 27922-2011', 'GB/T 27922-2011']],
      );
      const na = await complete('scratch5.md', FRONTMATTER.replace('---\n', '---\nnot_applicable:\n  5.1.6.\n').replace(/---\n$/, '---\n'), 2, 8);
      assert.deepEqual(
        na.items.map((i) => (i.textEdit as TextEdit).newText),
        ['5.1.6.1: ', '5.1.6.2: ', '5.1.6.3: ', '5.1.6.4: '],
      );
      assert.deepEqual((na.items[0].textEdit as TextEdit).range, { start: { line: 2, character: 2 }, end: { line: 2, character: 8 } });
    });

    it('hovers a § reference: title, text, confidence, status and a link to each section', async () => {
      const line = lineOf(INDEX_MD, '§5.1.5.2');
      const character = charOf(INDEX_MD, '§5.1.5.2') + 3;
      const hover = await s.session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: s.uri('index.md') }, position: { line, character } });
      const value = (hover!.contents as MarkupContent).value;
      const clause = catalog.get('5.1.5.2')!;
      assert.ok(value.startsWith(`**5.1.5.2** · 简称：监督奖惩与目标修正（标准原文此条无标题）\n\n${clause.text!.zh}`), value);
      // 5.1.5 has 5 points over its two leaves.
      assert.ok(value.includes(`状态：${status('covered')}\n\n分值：2.5 分（估算）`), value);
      assert.ok(value.endsWith(`章节:\n\n- [a.md:14](${s.uri('a.md')}#L14)`), value);
      assert.deepEqual(hover!.range, { start: { line, character: character - 2 }, end: { line, character: character + 5 } });
    });

    it('hovers a heading id with its a)/b) items and a not_applicable key with its reason', async () => {
      const uri = await s.session.open(s.path('scratch6.md'), FRONTMATTER + '### 5.1.3.2 内部保障\n');
      try {
        const hover = await s.session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 3, character: 6 } });
        const value = (hover!.contents as MarkupContent).value;
        const items = catalog
          .get('5.1.3.2')!
          .items!.map((i) => `- ${i.key}) ${i.text.zh}`)
          .join('\n');
        assert.ok(value.includes(`子项:\n\n${items}`), value);
      } finally {
        await s.session.close(uri);
      }
      const na = await s.session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: s.uri('index.md') }, position: { line: 4, character: 3 } });
      const value = (na!.contents as MarkupContent).value;
      assert.ok(value.startsWith('**5.2 '), value);
      assert.ok(value.includes(`状态：${status('not-applicable')}`), value);
    });

    it('goes from a § reference to the clause section (definition)', async () => {
      const line = lineOf(INDEX_MD, '§5.1.5.2');
      const defs = await s.session.connection.sendRequest(DefinitionRequest.type, {
        textDocument: { uri: s.uri('index.md') },
        position: { line, character: charOf(INDEX_MD, '§5.1.5.2') + 1 },
      });
      assert.deepEqual(defs, [{ uri: s.uri('a.md'), range: { start: { line: 13, character: 0 }, end: { line: 13, character: 21 } } }]);
    });

    it('finds the sections and § references of a clause across the set (references)', async () => {
      const refs = await s.session.connection.sendRequest(ReferencesRequest.type, {
        textDocument: { uri: s.uri('a.md') },
        position: { line: 7, character: 5 },
        context: { includeDeclaration: true },
      });
      const line = lineOf(INDEX_MD, '§5.1.1.1');
      const start = charOf(INDEX_MD, '§5.1.1.1') + 1;
      assert.deepEqual(refs, [
        { uri: s.uri('a.md'), range: { start: { line: 7, character: 4 }, end: { line: 7, character: 11 } } },
        { uri: s.uri('index.md'), range: { start: { line, character: start }, end: { line, character: start + 7 } } },
      ]);
    });

    it('outlines the clause sections of a document by heading level (document symbols)', async () => {
      const symbols = (await s.session.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: s.uri('a.md') } })) as DocumentSymbol[];
      const shape = (list: DocumentSymbol[]): unknown =>
        list.map((x) => ({ name: x.name, line: x.selectionRange.start.line, children: shape(x.children ?? []) }));
      assert.deepEqual(shape(symbols), [
        { name: '5.1.1 组织架构', line: 5, children: [{ name: '5.1.1.1 售后服务部门及职能岗位', line: 7, children: [] }] },
        // Under "## 其他", which is no clause: not nested in 5.1.1.
        { name: '5.1.5.2 监督奖惩与目标修正', line: 13, children: [] },
      ]);
    });

    it('finds clause sections across the folder by id or title (workspace symbols)', async () => {
      const byId = await s.session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '5.1.5' });
      assert.deepEqual((byId as { name: string; location: { uri: string } }[]).map((x) => [x.name, x.location.uri]).sort(), [
        ['5.1.5 监督', s.uri('index.md')],
        ['5.1.5.2 监督奖惩与目标修正', s.uri('a.md')],
      ]);
      const byTitle = await s.session.connection.sendRequest(WorkspaceSymbolRequest.type, { query: '服务理念' });
      assert.deepEqual(
        (byTitle as { name: string }[]).map((x) => x.name),
        ['5.1.7.1 服务理念'],
      );
    });

    it('shows a code lens with status and section count on each clause heading', async () => {
      const lenses = await s.session.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: s.uri('a.md') } });
      assert.deepEqual(
        lenses!.map((l) => [l.range.start.line, l.command?.title]),
        [
          [5, '部分覆盖 · 1 处章节'],
          // 5.1.1.2 has no section anywhere: the group's lens inserts it.
          [5, '插入 1 个缺失章节'],
          [7, '已覆盖 · 1 处章节'],
          [13, '已覆盖 · 1 处章节'],
        ],
      );
    });

    it('answers evidence/coverage with file URIs, and evidence/coverageReport', async () => {
      const coverage = await s.session.connection.sendRequest(CoverageRequest.type, null);
      assert.equal(coverage.length, 1);
      assert.equal(coverage[0].standard, 'GB/T 27922-2011');
      assert.equal(coverage[0].root, s.uri('').replace(/\/$/, ''));
      assert.deepEqual(coverage[0].summary, { leaves: 30, covered: 3, weak: 0, missing: 15, notApplicable: 12, percent: 16.7 });
      assert.deepEqual(
        coverage[0].clauses.find((c) => c.id === '5.1.1.1'),
        {
          id: '5.1.1.1',
          title: '售后服务部门及职能岗位',
          status: 'covered',
          points: 2.5,
          earned: 2.5,
          confidence: 'verified',
          locations: [{ file: s.uri('a.md'), line: 7 }],
        },
      );
      const report = await s.session.connection.sendRequest(CoverageReportRequest.type, { format: 'markdown' });
      assert.ok(report.startsWith('# 证据覆盖情况：GB/T 27922-2011\n'), report.slice(0, 200));
    });
  });
}
