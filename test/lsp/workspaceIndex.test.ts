// The server's workspace index in-process: an analysis that an edit overtakes
// is cancelled, and only the result for the latest text is published.
import assert from 'node:assert/strict';
import type { FolderResult } from '../../server/src/core';
import { NodeFolderFiles } from '../../server/src/node/nodeFolderFiles';
import { catalogRegistry } from '../../server/src/node/builtinCatalogs';
import { FolderIndex, type IndexHost } from '../../server/src/service/folderIndex';
import { FRONTMATTER, makeWorkspace, removeWorkspace } from './helpers/fixture';
import { uriOf } from './helpers/lspSession';

describe('workspace index', () => {
  let root: string;
  before(() => (root = makeWorkspace({ 'index.md': FRONTMATTER + '## 5.1 售后服务体系\n' })));
  after(() => removeWorkspace(root));

  it('cancels an analysis that an edit overtakes and publishes only the latest one', async () => {
    const published: FolderResult[] = [];
    const host: IndexHost = {
      locale: 'en',
      log: () => undefined,
      warn: () => undefined,
      settings: () => Promise.resolve({}),
      beginProgress: () => Promise.resolve({ report: () => undefined, done: () => undefined }),
      analyzed: (index) => published.push(index.result!),
      cacheFile: () => undefined,
      files: (r) => new NodeFolderFiles(r),
      builtinCatalogs: () => catalogRegistry([], root).registry,
    };
    const index = new FolderIndex(root, uriOf(root), host);
    await index.load();
    published.length = 0;
    const path = `${root}/a.md`;
    index.setOpen(path, FRONTMATTER + '## 5.8.8 旧\n');
    // Queued before the analysis starts, so it lands while the analysis yields after parsing.
    setImmediate(() => index.setOpen(path, FRONTMATTER + '## 5.9.9 新\n'));
    await index.flush();
    index.dispose();
    assert.equal(published.length, 1, 'the overtaken analysis published nothing');
    const unknown = published[0].sets
      .flatMap((s) => s.diagnostics)
      .filter((d) => d.rule === 'unknown-clause')
      .map((d) => d.clause);
    assert.deepEqual(unknown, ['5.9.9']);
  });
});
