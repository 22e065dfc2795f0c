// What counts as evidence does not depend on which files are open, nor on
// what a file watcher reports: ignored and node_modules files, files behind a
// symbolic link to a folder, and files of a nested workspace folder (which
// belong to the innermost folder only).
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import type { CoverageJson } from '../../server/src/core';
import { CoverageRequest } from '../../server/src/protocol/protocol';
import { FRONTMATTER, makeWorkspace, removeWorkspace } from './helpers/fixture';
import { LspSession, uriOf } from './helpers/lspSession';

// Covers 5.1.1.2 wherever it is counted; CRLF and 𠀀 as any real document may have.
const COVERS = FRONTMATTER.replace(/\n/g, '\r\n') + '### 5.1.1.2 服务网点覆盖与管理\r\n\r\n𠀀 网点覆盖全部销售区域，按季度检查。[清单](清单.pdf)\r\n';

const status = (sets: CoverageJson[], clause: string) => sets.map((s) => s.clauses.find((c) => c.id === clause)?.status);
const where = (sets: CoverageJson[], clause: string) => sets.map((s) => s.clauses.find((c) => c.id === clause)?.locations.map((l) => l.file));

describe('LSP coverage does not depend on open files or watcher events', () => {
  let root: string;
  let elsewhere: string;
  let session: LspSession;
  before(async () => {
    root = makeWorkspace({
      'index.md': FRONTMATTER + '# 总览\n',
      '.gitignore': 'drafts/\n',
      'evidence.config.yaml': 'ignore:\n  - "archive/**"\n',
      'drafts/d.md': COVERS,
      'archive/old.md': COVERS,
      'node_modules/pkg/readme.md': COVERS,
      '清单.pdf': '%PDF-1.4',
    });
    elsewhere = makeWorkspace({ 'secret.md': COVERS });
    symlinkSync(elsewhere, `${root}/linked`, 'dir');
    session = await LspSession.start({ root, locale: 'zh-CN' });
  });
  after(async () => {
    await session.stop();
    removeWorkspace(root);
    removeWorkspace(elsewhere);
  });

  for (const rel of ['drafts/d.md', 'archive/old.md', 'node_modules/pkg/readme.md', 'linked/secret.md']) {
    it(`does not count ${rel} while it is open`, async () => {
      const uri = await session.open(`${root}/${rel}`, COVERS);
      const sets = await session.connection.sendRequest(CoverageRequest.type, {});
      assert.deepEqual(status(sets, '5.1.1.2'), ['missing']);
      assert.equal(session.diagnostics.has(uri), false);
      await session.close(uri);
    });
  }

  it('does not read a file under a symbolic link to a folder outside when the watcher reports it', async () => {
    writeFileSync(`${elsewhere}/new.md`, COVERS);
    await session.fileEvent(`${root}/linked/new.md`, 'created');
    await session.fileEvent(`${root}/linked/secret.md`, 'changed');
    const sets = await session.connection.sendRequest(CoverageRequest.type, {});
    assert.deepEqual(status(sets, '5.1.1.2'), ['missing']);
    assert.equal(session.diagnostics.has(uriOf(`${root}/linked/new.md`)), false);
  });
});

describe('LSP nested workspace folders', () => {
  let outer: string;
  let session: LspSession;
  before(async () => {
    outer = makeWorkspace({
      'index.md': FRONTMATTER + '# 外层总览\n',
      'inner/index.md': FRONTMATTER + '# 内层总览\n',
      'inner/covers.md': COVERS,
      'inner/清单.pdf': '%PDF-1.4',
    });
    mkdirSync(`${outer}/inner/more`);
    session = await LspSession.start({ root: outer, moreFolders: [`${outer}/inner`], locale: 'en' });
  });
  after(async () => {
    await session.stop();
    removeWorkspace(outer);
  });

  it('counts a file of the inner folder in the inner folder only, closed or open', async () => {
    const covers = uriOf(`${outer}/inner/covers.md`);
    const expected = { roots: [uriOf(outer), uriOf(`${outer}/inner`)], status: ['missing', 'weak'], where: [[], [covers]] };
    const closed = await session.connection.sendRequest(CoverageRequest.type, {});
    assert.deepEqual({ roots: closed.map((s) => s.root), status: status(closed, '5.1.1.2'), where: where(closed, '5.1.1.2') }, expected);
    await session.open(`${outer}/inner/covers.md`, COVERS);
    writeFileSync(`${outer}/inner/more/also.md`, COVERS);
    await session.fileEvent(`${outer}/inner/more/also.md`, 'created');
    const open = await session.connection.sendRequest(CoverageRequest.type, {});
    const also = uriOf(`${outer}/inner/more/also.md`);
    assert.deepEqual(
      { roots: open.map((s) => s.root), status: status(open, '5.1.1.2'), where: where(open, '5.1.1.2') },
      { ...expected, where: [[], [covers, also]] },
    );
  });
});
