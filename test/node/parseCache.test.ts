// The parse cache: an unchanged file's pieces come back from disk and build the
// same evidence model as a fresh parse; a changed file is parsed again.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEvidenceDocument } from '../../server/src/core';
import { ParseCache } from '../../server/src/node/parseCache';
import { fullSet } from '../helpers/analyze';

describe('parse cache', () => {
  let dir: string;
  before(() => (dir = mkdtempSync(join(tmpdir(), 'evidence-cache-'))));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('restores an unchanged file to the same model, and refuses a changed one', () => {
    const file = join(dir, 'cache.json');
    const text = fullSet() + '\n见[记录][r]\n\n[r]: 附件/r.pdf\n```\n# 不是标题\n```\n';
    const fresh = parseEvidenceDocument('/ws/a.md', text);
    const writer = new ParseCache(file).load();
    writer.remember(fresh);
    writer.save();
    assert.ok(existsSync(file));

    const reader = new ParseCache(file).load();
    const earlier = reader.earlierVersion('/ws/a.md', text);
    assert.ok(earlier, 'cache hit for the same text');
    const restored = parseEvidenceDocument('/ws/a.md', text, earlier);
    const withoutPieces = ({ chunks, control, lines, ...model }: typeof fresh) => (void [chunks, control, lines], model);
    const freshModel = withoutPieces(fresh);
    const restoredModel = withoutPieces(restored);
    assert.deepEqual(restoredModel, freshModel);
    assert.equal(reader.earlierVersion('/ws/a.md', text + 'x'), undefined, 'a changed file misses');
    assert.equal(reader.earlierVersion('/ws/b.md', text), undefined, 'another path misses');
  });

  it('treats a corrupt or outdated cache file as empty', () => {
    const file = join(dir, 'bad.json');
    writeFileSync(file, '{"version":"0:old","entries":{"/ws/a.md":{"hash":"x","facts":[]}}}');
    assert.equal(new ParseCache(file).load().earlierVersion('/ws/a.md', 'x'), undefined);
    writeFileSync(file, '{not json');
    assert.equal(new ParseCache(file).load().earlierVersion('/ws/a.md', 'x'), undefined);
  });
});
