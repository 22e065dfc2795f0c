// The folder scan and the watcher share one set of skip rules: check both agree on real files.
import { strict as assert } from 'node:assert';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { findMarkdownFiles } from '../../server/src/node/findMarkdownFiles';
import { SkipRules } from '../../server/src/node/skipRules';

describe('skip rules', () => {
  let root: string;
  const files = ['a.md', 'node_modules/x/b.md', 'drafts/c.md', 'docs/d.md', 'docs/tmp/e.md', 'docs/keep.md', 'templates/f.md', 'sub/.git/g.md'];
  before(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'evidence-skip-')));
    for (const f of files) {
      mkdirSync(dirname(join(root, f)), { recursive: true });
      writeFileSync(join(root, f), '# x\n');
    }
    writeFileSync(join(root, '.gitignore'), 'drafts/\n');
    writeFileSync(join(root, 'docs/.gitignore'), 'tmp/\n*.md\n!keep.md\n');
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  it('skips node_modules, .git, nested .gitignore rules and configured globs', () => {
    const found = findMarkdownFiles(root, ['templates/']).map((f) => f.slice(root.length + 1));
    assert.deepEqual(found, ['a.md', 'docs/keep.md']);
  });

  it('answers the same for single files as the scan does', () => {
    const rules = new SkipRules(root, ['templates/']);
    const kept = files.filter((f) => !rules.skips(join(root, f)));
    assert.deepEqual(kept, ['a.md', 'docs/keep.md']);
    assert.equal(rules.skips('/elsewhere/x.md'), true, 'outside the root');
  });
});
