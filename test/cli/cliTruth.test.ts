// The CLI tells the truth: every finding printed however many there are, one
// line and exit 2 for an internal failure, no overwriting of its own inputs,
// SARIF URIs that survive odd file names, and no trust in a planted cache.
import { strict as assert } from 'node:assert';
import { copyFileSync, linkSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readCacheFile, writeCacheFile } from '../helpers/parseCacheFile';
import { CLI, FRONTMATTER, removeTempFolders, runCli, tempFolder } from './helpers/runCli';

const CLEAN = `${FRONTMATTER}## 5.1 体系\n`;

describe('evidence-lint tells the truth', () => {
  after(removeTempFolders);

  it('prints all of 260,000 findings (no stack overflow) and exits 1', function () {
    this.timeout(120000);
    const n = 130000;
    const text = `${FRONTMATTER}## 5.1 体系\n\n${'见 §5.9.9\n'.repeat(n)}`;
    const dir = tempFolder({ 'a.md': text, 'b.md': text });
    // Legitimately big: 260,000 diagnostics need more than the 256 MB hostile-file runs get.
    const r = runCli(['.', '--quiet'], dir, { heapMb: 2048 });
    assert.equal(r.stderr, '');
    const lines = r.stdout.split('\n');
    assert.equal(lines.length, 2 * n + 2); // a blank line between the files, and the final newline
    assert.equal(lines[2 * n], `b.md:${n + 5}:4 error unknown-clause Reference to §5.9.9, which is not a clause of GB/T 27922-2011.`);
    assert.equal(r.code, 1);
  });

  it('an internal failure prints one line and exits 2, not 1', () => {
    // A broken installation: the shipped catalog next to the bundle does not parse.
    const install = tempFolder({ 'clauses/gbt27922-2011.yaml': 'id: [\n' });
    copyFileSync(resolve(CLI, '../../clauses/catalog.schema.json'), join(install, 'clauses/catalog.schema.json'));
    mkdirSync(join(install, 'dist'));
    copyFileSync(CLI, join(install, 'dist/cli.js'));
    const dir = tempFolder({ 'a.md': CLEAN });
    const r = runCli(['.'], dir, { cli: join(install, 'dist/cli.js') });
    assert.match(r.stderr, /^evidence-lint: internal error: [^\n]*gbt27922-2011\.yaml:\d+:\d+: [^\n]+\n$/);
    assert.equal(r.stdout, '');
    assert.equal(r.code, 2);
  });

  it('--out refuses to overwrite an input markdown file or the config', () => {
    const config = 'minChars: 40\n';
    const dir = tempFolder({ 'a.md': CLEAN, 'sub/b.md': CLEAN, 'evidence.config.yaml': config });
    linkSync(join(dir, 'a.md'), join(dir, 'hard.txt'));
    for (const out of ['a.md', './sub/../sub/b.md', 'evidence.config.yaml', 'hard.txt']) {
      const r = runCli(['.', '--out', out], dir);
      assert.equal(r.stderr, `evidence-lint: refusing to write "${out}": it is an input of this run\n`, out);
      assert.equal(r.code, 2, out);
    }
    const cov = runCli(['.', '--coverage', 'html', '--out', 'a.md'], dir);
    assert.equal(cov.stderr, 'evidence-lint: refusing to write "a.md": it is an input of this run\n');
    assert.equal(cov.code, 2);
    const elsewhere = tempFolder({ 'cfg.yaml': config });
    const explicit = runCli(['.', '--config', join(elsewhere, 'cfg.yaml'), '--out', join(elsewhere, 'cfg.yaml')], dir);
    assert.equal(explicit.code, 2);
    assert.equal(readFileSync(join(dir, 'a.md'), 'utf8'), CLEAN);
    assert.equal(readFileSync(join(dir, 'sub/b.md'), 'utf8'), CLEAN);
    assert.equal(readFileSync(join(dir, 'evidence.config.yaml'), 'utf8'), config);
    assert.equal(readFileSync(join(elsewhere, 'cfg.yaml'), 'utf8'), config);
  });

  it('SARIF artifact URIs encode #, ?, % and spaces per path segment, relative to %SRCROOT%', () => {
    const bad = `${FRONTMATTER}## 5.1 体系\n见 §5.9.9\n`;
    const dir = tempFolder({ 'a#1.md': bad, 'b?.md': bad, 'c%20.md': bad, '目录 x/d.md': bad });
    const r = runCli(['.', '--format', 'sarif'], dir);
    assert.equal(r.code, 1, r.stderr);
    const run = JSON.parse(r.stdout).runs[0];
    assert.deepEqual(run.originalUriBaseIds, { '%SRCROOT%': { uri: pathToFileURL(dir).href + '/' } });
    const uris = [
      ...new Set(
        run.results.map((x: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }) => {
          const loc = x.locations[0].physicalLocation.artifactLocation;
          assert.equal(loc.uriBaseId, '%SRCROOT%');
          return loc.uri;
        }),
      ),
    ];
    assert.deepEqual(uris, ['a%231.md', 'b%3F.md', 'c%2520.md', '%E7%9B%AE%E5%BD%95%20x/d.md']);
    for (const uri of uris) assert.ok(new URL(uri, run.originalUriBaseIds['%SRCROOT%'].uri).pathname.startsWith(pathToFileURL(dir).pathname));
  });

  it('--cache does not trust a planted .evidence-cache entry', () => {
    const cacheHome = tempFolder();
    const env = { XDG_CACHE_HOME: cacheHome };
    const dir = tempFolder({ 'a.md': `${CLEAN}见 5.9.9\n` });
    assert.equal(runCli(['.', '--cache', '--quiet'], dir, { env }).code, 0);
    const cacheFile = join(dir, '.evidence-cache', 'parse-cache.br');
    const entryOf = (data: ReturnType<typeof readCacheFile>) => data.entries.find((e) => e.path === join(dir, 'a.md'))!;
    const cleanFacts = entryOf(readCacheFile(cacheFile)).facts;
    // The same shape of document, now with a reference to an unknown clause: the cache entry is rewritten for it.
    writeFileSync(join(dir, 'a.md'), `${CLEAN}见 §5.9.9\n`);
    assert.equal(runCli(['.', '--cache', '--quiet'], dir, { env }).code, 1);
    // Someone plants the clean document's facts under the new content's hash.
    const data = readCacheFile(cacheFile);
    assert.notEqual(entryOf(data).facts, cleanFacts);
    entryOf(data).facts = cleanFacts;
    writeCacheFile(cacheFile, data);
    const r = runCli(['.', '--cache', '--quiet', '--format', 'json'], dir, { env });
    assert.deepEqual(
      JSON.parse(r.stdout).diagnostics.map((d: { rule: string; clause: string }) => `${d.rule} ${d.clause}`),
      ['unknown-clause 5.9.9'],
    );
    assert.equal(r.code, 1);
  });
});
