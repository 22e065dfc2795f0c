// Quick fixes and fix-all over LSP: the edits are applied to the client's copy,
// sent back as changes, and the diagnostic must be gone after re-analysis.
import assert from 'node:assert/strict';
import { CodeActionRequest, type CodeAction, type Diagnostic } from 'vscode-languageserver-protocol';
import { CatalogsRequest, InsertSectionsRequest, MarkNotApplicableRequest } from '../../server/src/protocol/protocol';
import { FRONTMATTER } from './helpers/fixture';
import { SET_FILES } from './helpers/evidenceSet';
import type { Mode } from './helpers/lspSession';
import { useServer } from './helpers/suite';

const N_MD =
  FRONTMATTER +
  '### 5.1.6.1. 市场信息反馈机制\n\n建立市场信息反馈机制，定期收集顾客意见。[记录](附件/制度.pdf)\n\n' +
  '### ５．１．６．３ 相关认证\n\n已通过相关认证，证书在有效期内。[证书](附件/制度.pdf)\n';

const missingOf = (ds: Diagnostic[], clause: string) => ds.filter((d) => d.code === 'missing-clause' && (d.data as { clause?: string })?.clause === clause);

// Without a workspace folder a file is analysed on its own (no folder around it is read):
// its single-file behaviour is tested in filesOutsideFolders.test.ts.
for (const mode of ['workspace'] as Mode[]) {
  describe(`LSP code actions (${mode})`, () => {
    const s = useServer(mode, SET_FILES);

    it('offers "insert section" (preferred) and "insert all" once; applying it clears the diagnostic', async () => {
      const { session } = s;
      const uri = s.uri('index.md');
      const ds = await session.waitForDiagnostics(uri, (d) => missingOf(d, '5.1.5.1').length === 1);
      const range = { start: { line: 9, character: 0 }, end: { line: 9, character: 11 } };
      const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range,
        context: { diagnostics: ds.filter((d) => d.range.start.line === 9), only: ['quickfix'] },
      })) as CodeAction[];
      assert.deepEqual(
        actions.map((a) => [a.title, a.kind, a.isPreferred]),
        [
          ['插入 5.1.5.1 服务监督机构 章节', 'quickfix', true],
          ['插入全部 15 个缺失章节', 'quickfix', false],
        ],
      );
      assert.equal(actions[0].diagnostics![0].code, 'missing-clause');
      const edits = actions[0].edit!.changes![uri];
      assert.equal(Object.keys(actions[0].edit!.changes!).length, 1);
      await session.edit(uri, edits);
      assert.ok(session.text(uri).includes('\n\n### 5.1.5.1 服务监督机构\n\n'), session.text(uri));
      // The inserted stub is the place to write: still missing, now reported on the stub itself, with nothing more to insert.
      const stubLine = session.text(uri).split('\n').indexOf('### 5.1.5.1 服务监督机构');
      const after = await session.waitForDiagnostics(
        uri,
        (d) => missingOf(d, '5.1.5.1').length === 1 && missingOf(d, '5.1.5.1')[0].range.start.line === stubLine,
      );
      assert.equal(missingOf(after, '5.1.5.1')[0].message, '5.1.5.1 服务监督机构 的章节仍是空的：请在此写明做法并链接记录文件。在此之前该条款按缺失计。');
      assert.equal(missingOf(after, '5.1.5.2').length, 0);
    });

    it('fixes every non-canonical id of a document with source.fixAll.evidence', async () => {
      const { session } = s;
      const uri = await session.open(s.path('n.md'), N_MD);
      await session.waitForDiagnostics(uri, (d) => d.filter((x) => x.code === 'noncanonical-id').length === 2);
      const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
        textDocument: { uri },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [], only: ['source.fixAll.evidence'] },
      })) as CodeAction[];
      assert.deepEqual(
        actions.map((a) => [a.title, a.kind]),
        [['修复全部可自动修复的证据问题', 'source.fixAll.evidence']],
      );
      await session.edit(uri, actions[0].edit!.changes![uri]);
      assert.equal(session.text(uri), N_MD.replace('5.1.6.1.', '5.1.6.1').replace('５．１．６．３', '5.1.6.3'));
      await session.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'noncanonical-id'));
      await session.close(uri);
    });

    it('answers evidence/catalogs with the clause tree in the session locale', async () => {
      const [catalog] = await s.session.connection.sendRequest(CatalogsRequest.type);
      assert.equal(catalog.id, 'GB/T 27922-2011');
      assert.deepEqual(catalog.roots, ['5']);
      const clause = catalog.clauses.find((c) => c.id === '5.1.1.1')!;
      assert.deepEqual({ parent: clause.parent, isLeaf: clause.isLeaf }, { parent: '5.1.1', isLeaf: true });
      assert.ok(clause.title.length > 0 && (clause.text ?? '').length > 0);
    });

    it('answers evidence/markNotApplicable with an edit of the index document, asked from any document of the set', async () => {
      const edit = await s.session.connection.sendRequest(MarkNotApplicableRequest.type, { uri: s.uri('b.md'), clause: '5.2.3', reason: '不配送' });
      assert.deepEqual(Object.keys(edit!.changes!), [s.uri('index.md')]);
      const [change] = edit!.changes![s.uri('index.md')];
      assert.match(change.newText, /"5\.2\.3": 不配送$/);
    });

    describe('on a server of its own', () => {
      const s = useServer(mode, SET_FILES);

      it('keeps CRLF line endings in an inserted section', async () => {
        const { session } = s;
        const text = FRONTMATTER.replace(/\n/g, '\r\n') + '## 5.1.6 改进\r\n\r\n持续改进服务。[记录](附件/制度.pdf)\r\n';
        const uri = await session.open(s.path('crlf.md'), text);
        const ds = await session.waitForDiagnostics(uri, (d) => missingOf(d, '5.1.6.1').length === 1);
        const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
          textDocument: { uri },
          range: missingOf(ds, '5.1.6.1')[0].range,
          context: { diagnostics: missingOf(ds, '5.1.6.1'), only: ['quickfix'] },
        })) as CodeAction[];
        // The set has no 5.1 section: the fix also adds the group heading above 5.1.6, in CRLF too.
        const edits = actions.find((a) => a.isPreferred)!.edit!.changes![uri];
        assert.equal(edits.length, 2);
        assert.equal(edits[0].newText, '# 5.1 售后服务体系\r\n\r\n');
        assert.ok(edits[1].newText.startsWith('\r\n\r\n### 5.1.6.1 市场信息反馈机制\r\n\r\n'), JSON.stringify(edits[1].newText));
        assert.ok(edits[1].newText.endsWith('\r\n- [文件名](附件/文件名.pdf)'), JSON.stringify(edits[1].newText));
        assert.equal(/[^\r]\n/.test(edits.map((e) => e.newText).join('')), false, 'every line break is CRLF');
        await session.edit(uri, edits);
        const stubLine = session.text(uri).split('\r\n').indexOf('### 5.1.6.1 市场信息反馈机制');
        await session.waitForDiagnostics(uri, (d) => missingOf(d, '5.1.6.1').length === 1 && missingOf(d, '5.1.6.1')[0].range.start.line === stubLine);
        await session.close(uri);
      });
    });

    describe('on a server of its own', () => {
      const s = useServer(mode, SET_FILES);

      it('answers evidence/insertSections with the edit for chosen missing clauses', async () => {
        const edit = await s.session.connection.sendRequest(InsertSectionsRequest.type, { uri: s.uri('index.md'), clauses: ['5.1.6.2'] });
        // No section of the set is under 5.1 or 5.1.6 yet: both group headings come with it, into a.md (the first section of 5.1).
        assert.deepEqual(Object.keys(edit!.changes!), [s.uri('a.md')]);
        const edits = edit!.changes![s.uri('a.md')];
        assert.deepEqual(
          edits.map((e) => [e.range.start.line, e.newText.split('\n').filter((l) => l.startsWith('#'))]),
          [
            [5, ['# 5.1 售后服务体系']],
            [15, ['## 5.1.6 改进', '### 5.1.6.2 服务研究']],
          ],
        );
      });
    });
  });
}

describe('LSP robustness', () => {
  const s = useServer('workspace', { ...SET_FILES, 'evidence.config.yaml': 'minChars: [\n' });

  it('warns about a broken evidence.config.yaml and still analyses with defaults', async () => {
    const { session } = s;
    const message = await session.waitFor('showMessage', () => session.messages.find((m) => m.message.includes('evidence.config.yaml')));
    assert.equal(message.type, 2);
    const ds = await session.waitForDiagnostics(s.uri('b.md'), (d) => d.length > 0);
    // Default minChars (40) instead of the fixture's 5: weak-thin fires too.
    assert.deepEqual(ds.map((d) => d.code).sort(), ['broken-attachment', 'weak-thin']);
  });
});
