// Stated figures over LSP: commitment-mismatch with related information and
// its quick fix, hover on a figure, the commitments table in the coverage payload.
import assert from 'node:assert/strict';
import { CodeActionRequest, HoverRequest, type CodeAction, type Diagnostic, type MarkupContent } from 'vscode-languageserver-protocol';
import { CoverageRequest } from '../../server/src/protocol/protocol';
import { FRONTMATTER } from './helpers/fixture';
import { useServer } from './helpers/suite';

const BODY = '本公司的服务承诺在官网、保修卡和销售合同中统一表述，质量部每季度核对一次。[承诺书](附件/承诺书.pdf)';
const FILES = {
  'index.md': FRONTMATTER + '# 服务承诺书\n\n#### 5.1.7.2 服务承诺\n\n市区 24 小时内上门，郊县 48 小时内上门。\n\n' + BODY + '\n',
  // Line 5: 𠀀 and CRLF before the figure.
  'manual.md': '---\r\nstandard: GB/T 27922-2011\r\n---\r\n# 服务手册\r\n\r\n𠀀 市区用户报修后 48 小时内上门。\r\n\r\n郊县用户 48 小时内上门。\r\n',
  '附件/承诺书.pdf': '%PDF-1.4\n',
};
const mismatches = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'commitment-mismatch');

describe('LSP: stated figures and commitments', () => {
  const s = useServer('workspace', FILES);

  it('reports the manual line and the commitment line with related information, and the quick fix replaces the number only', async () => {
    const { session } = s;
    const manual = s.uri('manual.md');
    const index = s.uri('index.md');
    await session.open(s.path('manual.md'), FILES['manual.md']);
    const onManual = await session.waitForDiagnostics(manual, (d) => mismatches(d).length === 1);
    const onIndex = await session.waitForDiagnostics(index, (d) => mismatches(d).length === 1);
    const [d] = mismatches(onManual);
    const range = { start: { line: 5, character: 11 }, end: { line: 5, character: 17 } };
    assert.deepEqual([d.range, d.severity, d.message], [range, 2, '此处上门服务时限（市区）为 48 小时内，与服务承诺（5.1.7.2）中的 24 小时内 不一致。']);
    assert.deepEqual(d.relatedInformation, [
      { location: { uri: index, range: { start: { line: 7, character: 3 }, end: { line: 7, character: 9 } } }, message: '此处表述为 24 小时内' },
    ]);
    assert.deepEqual(
      mismatches(onIndex).map((x) => [x.range.start.line, x.message, x.relatedInformation!.map((r) => [r.location.uri, r.location.range])]),
      [[7, '服务承诺（5.1.7.2）中上门服务时限（市区）为 24 小时内，另有 1 处表述为 48 小时内。', [[manual, range]]]],
    );
    const actions = (await session.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: manual },
      range,
      context: { diagnostics: [d], only: ['quickfix'] },
    })) as CodeAction[];
    assert.deepEqual(
      actions.map((a) => [a.title, a.isPreferred]),
      [['使用承诺值 24 小时内', true]],
    );
    assert.deepEqual(actions[0].edit!.changes![manual], [{ range: { start: { line: 5, character: 11 }, end: { line: 5, character: 13 } }, newText: '24' }]);
    await session.edit(manual, actions[0].edit!.changes![manual]);
    assert.equal(session.text(manual), FILES['manual.md'].replace('48 小时内上门。\r\n\r\n郊县', '24 小时内上门。\r\n\r\n郊县'));
    await session.waitForDiagnostics(manual, (x) => mismatches(x).length === 0);
    await session.waitForDiagnostics(index, (x) => mismatches(x).length === 0);
  });
});

describe('LSP: hover on a stated figure, commitments in the coverage payload', () => {
  const s = useServer('workspace', { ...FILES, 'manual.md': FILES['manual.md'].replace('48 小时内上门。\r\n\r\n郊县', '24 小时内上门。\r\n\r\n郊县') });

  it('hovers a figure with the same kind stated elsewhere, and the coverage payload lists the commitments table', async () => {
    const { session } = s;
    const index = s.uri('index.md');
    // The folder is read in the background: wait until the manual is part of the set.
    await session.waitForCoverage((c) => c[0]?.commitments?.[0]?.statements.length === 2, 'the manual read');
    const hover = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri: index }, position: { line: 7, character: 4 } });
    assert.deepEqual(hover!.range, { start: { line: 7, character: 3 }, end: { line: 7, character: 9 } });
    const lines = (hover!.contents as MarkupContent).value.split('\n\n');
    assert.deepEqual(lines.slice(0, 2), ['**上门服务时限（市区）**: `24 小时内`', '上门服务时限：本证据集中共 4 处表述']);
    assert.deepEqual(
      lines[2].split('\n').map((l) => l.replace(/\(file:[^)]*\)/, '(…)')),
      [
        '- 上门服务时限（郊县）: `48 小时内` — [index.md:8](…) (承诺)',
        '- 上门服务时限（市区）: `24 小时内` — [manual.md:6](…)',
        '- 上门服务时限（郊县）: `48 小时内` — [manual.md:8](…)',
      ],
    );
    const [coverage] = await session.connection.sendRequest(CoverageRequest.type, { uri: index });
    assert.deepEqual(
      coverage.commitments!.map((e) => [
        e.kind,
        e.name,
        e.clause,
        e.committed,
        e.agreement,
        e.statements.map((x) => [x.file.slice(x.file.lastIndexOf('/') + 1), x.line, x.text, x.committed, x.agrees]),
      ]),
      [
        [
          'onsite-time',
          '上门服务时限（市区）',
          '5.2.4',
          true,
          'consistent',
          [
            ['index.md', 7, '24 小时内', true, true],
            ['manual.md', 5, '24 小时内', false, true],
          ],
        ],
        [
          'onsite-time',
          '上门服务时限（郊县）',
          '5.2.4',
          true,
          'consistent',
          [
            ['index.md', 7, '48 小时内', true, true],
            ['manual.md', 7, '48 小时内', false, true],
          ],
        ],
      ],
    );
  });
});
