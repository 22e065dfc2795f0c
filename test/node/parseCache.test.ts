// The parse cache: an unchanged file's pieces come back from disk and build the
// same evidence model as a fresh parse; a changed file is parsed again.
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEvidenceDocument } from '../../server/src/core';
import { ParseCache } from '../../server/src/node/parseCache';
import { generateSet } from '../bench/generate';
import { fullSet } from '../helpers/analyze';
import { readCacheFile, writeCacheFile } from '../helpers/parseCacheFile';

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

  it('is smaller than the markdown it describes', () => {
    const set = generateSet(join(dir, 'set'), 40, 6000);
    const file = join(dir, 'small.json');
    const cache = new ParseCache(file).load();
    for (const path of set.files) cache.remember(parseEvidenceDocument(path, readFileSync(path, 'utf8')));
    cache.save();
    assert.equal(readCacheFile(file).entries.length, 40);
    const size = statSync(file).size;
    assert.ok(size < set.bytes / 2, `${size} bytes of cache for ${set.bytes} bytes of markdown`);
  });

  it('checks an entry without serializing its facts again', () => {
    const file = join(dir, 'check.json');
    const text = fullSet();
    const writer = new ParseCache(file).load();
    writer.remember(parseEvidenceDocument('/ws/a.md', text));
    writer.save();
    const reader = new ParseCache(file).load();
    const stringify = JSON.stringify;
    let calls = 0;
    JSON.stringify = ((...args: Parameters<typeof stringify>) => (calls++, stringify(...args))) as typeof stringify;
    try {
      assert.ok(reader.earlierVersion('/ws/a.md', text));
    } finally {
      JSON.stringify = stringify;
    }
    assert.equal(calls, 0);
  });

  it('ignores an entry whose facts or HMAC were edited, and still takes the others', () => {
    const file = join(dir, 'tampered.json');
    const a = fullSet();
    const b = `${fullSet()}\n补充说明 𠀀\r\n`;
    const writer = new ParseCache(file).load();
    writer.remember(parseEvidenceDocument('/ws/a.md', a));
    writer.remember(parseEvidenceDocument('/ws/b.md', b));
    writer.save();
    assert.ok(new ParseCache(file).load().earlierVersion('/ws/a.md', a), 'the untouched file hits');

    const data = readCacheFile(file);
    const entryA = data.entries.find((e) => e.path === '/ws/a.md')!;
    // The first heading's level, 2 → 3: still valid facts, but not the ones signed.
    assert.match(entryA.facts, /"level":2/);
    entryA.facts = entryA.facts.replace('"level":2', '"level":3');
    writeCacheFile(file, data);
    const afterFacts = new ParseCache(file).load();
    assert.equal(afterFacts.earlierVersion('/ws/a.md', a), undefined);
    assert.ok(afterFacts.earlierVersion('/ws/b.md', b));

    const entryB = data.entries.find((e) => e.path === '/ws/b.md')!;
    entryB.mac = entryA.mac;
    writeCacheFile(file, data);
    assert.equal(new ParseCache(file).load().earlierVersion('/ws/b.md', b), undefined);
  });
});
