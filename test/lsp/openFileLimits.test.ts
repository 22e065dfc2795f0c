// An open file above maxFileSize is not parsed, just as the folder scan skips
// such a file on disk; the user is told why (zh-CN and en).
import assert from 'node:assert/strict';
import { CoverageRequest } from '../../server/src/protocol/protocol';
import { FRONTMATTER, makeWorkspace, removeWorkspace } from './helpers/fixture';
import { LspSession } from './helpers/lspSession';

const LIMIT = 2000;
// An unknown clause, so that parsing the file would show in diagnostics, and a section that would cover 5.1.1.2.
const SECTIONS = '### 5.1.1.2 服务网点覆盖与管理\n\n网点覆盖全部销售区域。\n\n### 5.1.9.9 不存在\n\n正文。\n';
const SMALL = FRONTMATTER + SECTIONS;
// 𠀀 is 4 bytes in UTF-8 (2 UTF-16 units): the limit counts bytes, as on disk.
const BIG = SMALL + '𠀀'.repeat(500);
const BIG_BYTES = Buffer.byteLength(BIG, 'utf8');

const EXPECTED = {
  en: (path: string) =>
    `Compliance Evidence: ${path} is ${BIG_BYTES} bytes, above maxFileSize (${LIMIT} bytes): it is not analysed while open, as it would be skipped on disk.`,
  'zh-CN': (path: string) => `Compliance Evidence: ${path} 有 ${BIG_BYTES} 字节，超过 maxFileSize（${LIMIT} 字节）：打开时不做分析，与磁盘上的文件一样跳过。`,
};

for (const locale of ['en', 'zh-CN'] as const) {
  describe(`LSP open file above maxFileSize (${locale})`, () => {
    let root: string;
    let session: LspSession;
    before(async () => {
      root = makeWorkspace({ 'evidence.config.yaml': `maxFileSize: ${LIMIT}\n`, 'index.md': FRONTMATTER + '# 总览\n' });
      session = await LspSession.start({ root, locale });
    });
    after(async () => {
      await session.stop();
      removeWorkspace(root);
    });

    it('does not analyse it, says so once, and analyses it again once it is small enough', async () => {
      assert.ok(BIG_BYTES > LIMIT && BIG.length < LIMIT, 'UTF-16 length under the limit, UTF-8 size above it');
      const path = `${root}/big.md`;
      const uri = await session.open(path, BIG);
      const sets = await session.connection.sendRequest(CoverageRequest.type, {});
      assert.equal(sets[0].clauses.find((c) => c.id === '5.1.1.2')!.status, 'missing');
      assert.equal(session.diagnostics.has(uri), false);
      // Still too large after an edit: no second notice.
      const end = { line: SMALL.split('\n').length - 1, character: 0 };
      await session.edit(uri, [{ range: { start: end, end }, newText: '更多。\n' }]);
      await session.connection.sendRequest(CoverageRequest.type, {});
      assert.deepEqual(
        session.messages.map((m) => [m.type, m.message]),
        [[2, EXPECTED[locale](path)]],
      );
      // Cut back under the limit: parsed and counted.
      const lines = session.text(uri).split('\n');
      await session.edit(uri, [{ range: { start: end, end: { line: lines.length - 1, character: lines[lines.length - 1].length } }, newText: '' }]);
      assert.equal(session.text(uri), SMALL);
      const ds = await session.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'unknown-clause'));
      assert.deepEqual(
        ds.filter((x) => x.code === 'unknown-clause').map((x) => x.range),
        [{ start: { line: 7, character: 4 }, end: { line: 7, character: 11 } }],
      );
      const after = await session.connection.sendRequest(CoverageRequest.type, {});
      assert.equal(after[0].clauses.find((c) => c.id === '5.1.1.2')!.status, 'weak');
    });
  });
}
