// Authoring aids over a real LSP connection: inlay hints with clause titles, and
// rename of a clause id (prepareRename, rename, and the error for an unknown id).
import assert from 'node:assert/strict';
import { CompletionRequest, InlayHintRequest, PrepareRenameRequest, RenameRequest, type ResponseError, type TextEdit } from 'vscode-languageserver-protocol';
import { NextGapRequest } from '../../server/src/protocol/protocol';
import { A_MD, SET_FILES } from './helpers/evidenceSet';
import { useServer } from './helpers/suite';

describe('LSP authoring aids (workspace)', () => {
  const s = useServer('workspace', SET_FILES);
  const at = (line: number, character: number) => ({ line, character });

  it('hints the short title after each not_applicable key and § reference of the index document', async () => {
    const hints = await s.session.connection.sendRequest(InlayHintRequest.type, {
      textDocument: { uri: s.uri('index.md') },
      range: { start: at(0, 0), end: at(13, 0) },
    });
    assert.deepEqual(
      hints!.map((h) => [h.position, h.label]),
      [
        [at(4, 5), '› 商品服务'],
        [at(5, 5), '› 顾客服务'],
        [at(11, 21), '› 监督奖惩与目标修正'],
        [at(11, 35), '› 售后服务部门及职能岗位'],
      ],
    );
  });

  it('renames through prepareRename and rename, and answers an unknown target with an error the user reads', async () => {
    const textDocument = { uri: s.uri('index.md') };
    const prepared = await s.session.connection.sendRequest(PrepareRenameRequest.type, { textDocument, position: at(11, 16) });
    assert.deepEqual(prepared, { range: { start: at(11, 14), end: at(11, 21) }, placeholder: '5.1.5.2' });
    const edit = await s.session.connection.sendRequest(RenameRequest.type, { textDocument, position: at(11, 16), newName: '5.1.5.1' });
    assert.deepEqual(edit!.changes, {
      [s.uri('a.md')]: [{ range: { start: at(13, 4), end: at(13, 11) }, newText: '5.1.5.1' }],
      [s.uri('index.md')]: [{ range: { start: at(11, 14), end: at(11, 21) }, newText: '5.1.5.1' }],
    });
    await assert.rejects(
      s.session.connection.sendRequest(RenameRequest.type, { textDocument, position: at(11, 16), newName: '5.9' }),
      (e: ResponseError<unknown>) => e.message === '“5.9”不是 GB/T 27922-2011 的条款：只能改为同一标准的条款编号。',
    );
  });

  it('goes to the next gap: from 5.1.1.1 in a.md, 5.1.1.2 has no section and would go after it', async () => {
    const gap = await s.session.connection.sendRequest(NextGapRequest.type, { uri: s.uri('a.md'), position: at(9, 0) });
    // Line 9 is the text of 5.1.1.1 (44 UTF-16 units); 5.1.1.2 would be inserted at its end.
    assert.deepEqual(gap, { clause: '5.1.1.2', uri: s.uri('a.md'), range: { start: at(9, 44), end: at(9, 44) }, hasSection: false });
  });

  it('offers the missing sections whole at the start of an empty line', async () => {
    const uri = s.session.isOpen(s.uri('a.md')) ? s.uri('a.md') : await s.session.open(s.path('a.md'), A_MD);
    const list = await s.session.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: at(10, 0) });
    const items = Array.isArray(list) ? list : list!.items;
    // 5.2 and 5.3 are not applicable in this set: the first missing requirements are 5.1.1.2 and 5.1.2.1.
    assert.deepEqual(
      items.slice(0, 2).map((i) => i.label),
      ['5.1.1.2 服务网点覆盖与管理', '5.1.2.1 技术及业务人员资质'],
    );
    assert.ok((items[0].textEdit as TextEdit).newText.startsWith('### 5.1.1.2 服务网点覆盖与管理\n\n'));
  });
});
