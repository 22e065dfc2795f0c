// Warm start: with a cache folder from the client, a restarted server takes
// unchanged files from the parse cache and publishes the same diagnostics.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SET_FILES } from './helpers/evidenceSet';
import { makeWorkspace, removeWorkspace } from './helpers/fixture';
import { LspSession, uriOf } from './helpers/lspSession';

describe('LSP parse cache', () => {
  let root: string;
  let cacheDir: string;
  before(() => {
    root = makeWorkspace(SET_FILES);
    cacheDir = mkdtempSync(join(tmpdir(), 'evidence-lsp-cache-'));
  });
  after(() => {
    removeWorkspace(root);
    rmSync(cacheDir, { recursive: true, force: true });
  });

  const run = async () => {
    const session = await LspSession.start({ root, cacheDir });
    try {
      const diagnostics = await session.waitForDiagnostics(uriOf(join(root, 'b.md')), (d) => d.length > 0);
      const indexed = await session.waitFor('index log', () => session.log.find((l) => l.startsWith('indexed ')));
      return { diagnostics, indexed };
    } finally {
      await session.stop();
    }
  };

  it('writes the cache on the first start and reads it on the next, with the same diagnostics', async () => {
    const cold = await run();
    assert.match(cold.indexed, /\(0 from the parse cache\)$/);
    assert.equal(readdirSync(cacheDir).filter((f) => f.endsWith('.parse-cache')).length, 1);
    const warm = await run();
    const files = Number(/indexed (\d+) markdown files/.exec(warm.indexed)![1]);
    assert.ok(files > 0);
    assert.match(warm.indexed, new RegExp(`\\(${files} from the parse cache\\)$`));
    assert.deepEqual(warm.diagnostics, cold.diagnostics);
  });
});
