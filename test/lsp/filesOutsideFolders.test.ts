// A file outside every workspace folder (or any file when the client names no
// folder) is analysed on its own: its own folder's config applies, and nothing
// else around it is read. Opening /x.md must not index /, nor ~/notes.md ~.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { CoverageRequest } from '../../server/src/protocol/protocol';
import { FRONTMATTER, makeWorkspace, removeWorkspace } from './helpers/fixture';
import { LspSession, uriOf } from './helpers/lspSession';

// CRLF and an astral character before the broken link: ranges are UTF-16 ("𠀀 设立售后服务部。[附件](" is 16 units).
const NOTES = FRONTMATTER.replace(/\n/g, '\r\n') + '### 5.1.1.1 售后服务部门及职能岗位\r\n\r\n𠀀 设立售后服务部。[附件](附件/无.pdf)\r\n';

const OUTSIDE_FILES = {
  // The config of the file's own folder: broken attachments are warnings, and thin sections need 5 characters.
  'evidence.config.yaml': 'minChars: 5\nrules:\n  broken-attachment: warning\n  missing-clause: "off"\n',
  'notes.md': NOTES,
  // Siblings that a scan of the folder would find: each has a diagnostic of its own.
  'sibling.md': FRONTMATTER + '### 5.1.1.2 服务网点覆盖与管理\n\n网点覆盖全部销售区域。[清单](附件/缺失.pdf)\n',
  'sub/deeper.md': FRONTMATTER + '### 5.1.9.9 不存在\n\n正文内容足够长。\n',
};

const summary = (ds: Diagnostic[]) =>
  ds.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}/${d.severity}`).sort();

for (const mode of ['workspace', 'single-file'] as const) {
  describe(`LSP files outside every workspace folder (${mode})`, () => {
    let folder: string;
    let outside: string;
    let session: LspSession;
    before(async () => {
      folder = makeWorkspace({ 'a.md': FRONTMATTER + '### 5.1.1.3 服务网点人员\n\n网点人员经过培训。\n' });
      outside = makeWorkspace(OUTSIDE_FILES);
      session = await LspSession.start({ root: mode === 'workspace' ? folder : undefined, locale: 'en' });
    });
    after(async () => {
      await session.stop();
      removeWorkspace(folder);
      removeWorkspace(outside);
    });

    it("analyses the open file alone, with its own folder's config, and reads no other file there", async () => {
      const notes = await session.open(`${outside}/notes.md`, NOTES);
      const ds = await session.waitForDiagnostics(notes, (d) => d.length > 0);
      // Not thin with minChars 5; broken-attachment a warning: the folder's config applies.
      // Its only link is broken, so the section is weak too (a broken link is no evidence).
      assert.deepEqual(summary(ds), ['broken-attachment@5:16-5:24/2', 'weak-no-evidence@3:0-3:23/2']);
      // In English: the source is the product's name, the code link the bundled English explanation.
      const weak = ds.find((d) => d.code === 'weak-no-evidence')!;
      assert.deepEqual(
        [weak.source, weak.codeDescription?.href],
        ['Compliance Evidence', pathToFileURL(join(__dirname, '../../docs/rules/weak-no-evidence.md')).href],
      );
      assert.ok(existsSync(fileURLToPath(weak.codeDescription!.href)));
      const sets = await session.connection.sendRequest(CoverageRequest.type, { uri: notes });
      assert.equal(sets.length, 1);
      assert.equal(sets[0].root, uriOf(outside));
      const located = sets[0].clauses.filter((c) => c.locations.length > 0).map((c) => [c.id, c.locations]);
      assert.deepEqual(located, [['5.1.1.1', [{ file: notes, line: 3 }]]]);
      // The coverage request brought every index up to date: a scan would have published these by now.
      assert.equal(session.diagnostics.has(uriOf(`${outside}/sibling.md`)), false);
      assert.equal(session.diagnostics.has(uriOf(`${outside}/sub/deeper.md`)), false);
      assert.equal(
        session.log.some((l) => l.includes(`indexed`) && l.includes(outside)),
        false,
      );
    });

    it('forgets the file and its diagnostics when it is closed', async () => {
      // Open unless the test before left it open (each test can run alone).
      const notes = session.isOpen(uriOf(`${outside}/notes.md`)) ? uriOf(`${outside}/notes.md`) : await session.open(`${outside}/notes.md`, NOTES);
      await session.waitForDiagnostics(notes, (d) => d.length > 0);
      await session.close(notes);
      await session.waitForDiagnostics(notes, (d) => d.length === 0);
      const sets = await session.connection.sendRequest(CoverageRequest.type, {});
      assert.equal(sets.filter((s) => s.root === uriOf(outside)).length, 0);
    });
  });
}
