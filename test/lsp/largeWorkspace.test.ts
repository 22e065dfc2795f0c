// Indexes a generated 1,000-file workspace and gets a completion answer in the
// same run. Timings are printed for the performance issue, not asserted.
import assert from 'node:assert/strict';
import { CompletionRequest, type CompletionList } from 'vscode-languageserver-protocol';
import { builtinCatalogs } from '../../server/src/node/builtinCatalogs';
import { FRONTMATTER, makeWorkspace, removeWorkspace } from './helpers/fixture';
import { LspSession, uriOf } from './helpers/lspSession';

const FILES = 1000;

function generate(): Record<string, string> {
  const leaves = builtinCatalogs()[0].leaves();
  const files: Record<string, string> = {};
  for (let i = 0; i < FILES; i++) {
    const sections = [0, 1, 2].map((k) => {
      const leaf = leaves[(i * 3 + k) % leaves.length];
      return `## ${leaf.id} ${leaf.title.zh}\n\n第 ${i} 号文件的证据说明，记录了制度、记录与检查结果。[附件](附件/${i}-${k}.pdf)\n`;
    });
    files[`dir${i % 20}/doc${String(i).padStart(4, '0')}.md`] = FRONTMATTER + `# 文件 ${i}\n\n` + sections.join('\n');
  }
  return files;
}

describe('LSP large workspace', () => {
  let root: string;
  let session: LspSession | undefined;
  after(async () => {
    await session?.stop();
    if (root) removeWorkspace(root);
  });

  it(`indexes ${FILES} files and answers a completion in the same run`, async function () {
    this.timeout(120000);
    root = makeWorkspace(generate());
    const t0 = Date.now();
    session = await LspSession.start({ root, locale: 'zh-CN' });
    const tInit = Date.now();
    const uri = await session.open(`${root}/scratch.md`, FRONTMATTER + '## 5.1.');
    const list = (await session.connection.sendRequest(CompletionRequest.type, {
      textDocument: { uri },
      position: { line: 3, character: 7 },
    })) as CompletionList;
    const tCompletion = Date.now();
    assert.equal(list.items.length, 7);
    const s = session;
    await s.waitFor('indexing done', () => s.progress.some((p) => p.kind === 'end'), 60_000);
    const tIndexed = Date.now();
    await s.waitForDiagnostics(uriOf(`${root}/dir0/doc0000.md`), (d) => d.length > 0);
    const tDiagnostics = Date.now();
    const list2 = (await s.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: { line: 3, character: 7 } })) as CompletionList;
    assert.equal(list2.items.length, 7);
    const tCompletion2 = Date.now();
    console.log(
      `      ${FILES} files: initialize ${tInit - t0} ms, first completion ${tCompletion - tInit} ms, ` +
        `indexed ${tIndexed - t0} ms, first closed-file diagnostics ${tDiagnostics - t0} ms, completion after indexing ${tCompletion2 - tDiagnostics} ms`,
    );
  });
});
