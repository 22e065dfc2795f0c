// Hostile workspace files the CLI must refuse without reading them: devices,
// FIFOs, links out of the folder, catalogs outside it, unreadable arguments.
// Each run has a 256 MB heap and a hang guard, so a regression fails fast.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { FRONTMATTER, removeTempFolders, runCli, tempFolder } from './helpers/runCli';

const CLEAN = `${FRONTMATTER}## 5.1 体系\n`;

describe('evidence-lint on hostile files', () => {
  after(removeTempFolders);

  it('refuses a catalogs: entry that is /dev/zero, naming the entry, and exits 2', () => {
    const dir = tempFolder({ 'evidence.config.yaml': 'catalogs: [/dev/zero]\n', 'a.md': CLEAN });
    const r = runCli(['.'], dir);
    assert.equal(r.stderr, 'evidence-lint: evidence.config.yaml:1:1: Catalog "/dev/zero" lies outside the workspace folder; it is not read.\n');
    assert.equal(r.code, 2);
  });

  it('refuses a catalog that links to /dev/zero, one outside the folder, and a FIFO', () => {
    const outside = tempFolder({ 'cat.yaml': 'not read\n' });
    const rel = `../${basename(outside)}/cat.yaml`;
    const dir = tempFolder({ 'evidence.config.yaml': `catalogs: [zero.yaml, ${join(outside, 'cat.yaml')}, ${rel}, fifo.yaml]\n`, 'a.md': CLEAN });
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    execFileSync('mkfifo', [join(dir, 'fifo.yaml')]);
    const r = runCli(['.'], dir);
    assert.equal(
      r.stderr,
      [
        'evidence-lint: evidence.config.yaml:1:1: Catalog "zero.yaml" lies outside the workspace folder; it is not read.',
        `evidence-lint: evidence.config.yaml:1:1: Catalog "${join(outside, 'cat.yaml')}" lies outside the workspace folder; it is not read.`,
        `evidence-lint: evidence.config.yaml:1:1: Catalog "${rel}" lies outside the workspace folder; it is not read.`,
        'evidence-lint: evidence.config.yaml:1:1: Catalog "fifo.yaml" is not a regular file; it is not read.',
        '',
      ].join('\n'),
    );
    assert.equal(r.code, 2);
  });

  it('refuses an evidence.config.yaml that links to /dev/zero', () => {
    const dir = tempFolder({ 'a.md': CLEAN });
    symlinkSync('/dev/zero', join(dir, 'evidence.config.yaml'));
    const r = runCli(['.'], dir);
    assert.equal(r.stderr, 'evidence-lint: evidence.config.yaml:1:1: This config file lies outside the workspace folder; it is not read.\n');
    assert.equal(r.code, 2);
  });

  it('refuses an oversized config (1 MB cap) before reading it', () => {
    const dir = tempFolder({ 'evidence.config.yaml': `# ${'x'.repeat(1024 * 1024)}\n`, 'a.md': CLEAN });
    const r = runCli(['.'], dir);
    assert.equal(r.stderr, 'evidence-lint: evidence.config.yaml:1:1: This config file is larger than 1048576 bytes; it is not read.\n');
    assert.equal(r.code, 2);
  });

  it('ignores a .gitignore that links to /dev/zero and lints the folder', () => {
    const dir = tempFolder({ 'a.md': CLEAN });
    symlinkSync('/dev/zero', join(dir, '.gitignore'));
    const r = runCli(['.', '--quiet'], dir);
    assert.equal(r.stderr, '');
    assert.equal(r.stdout, '');
    assert.equal(r.code, 0);
  });

  it('exits 2 naming a FIFO or a link to /dev/zero given as a file argument, without blocking', () => {
    const dir = tempFolder({ 'a.md': CLEAN });
    execFileSync('mkfifo', [join(dir, 'x.md')]);
    symlinkSync('/dev/zero', join(dir, 'z.md'));
    const fifo = runCli(['x.md'], dir);
    assert.equal(fifo.signal, null, 'the CLI blocked on the FIFO');
    assert.equal(fifo.stderr, 'evidence-lint: cannot read "x.md": not a regular file\n');
    assert.equal(fifo.code, 2);
    const zero = runCli(['z.md'], dir);
    assert.equal(zero.stderr, 'evidence-lint: cannot read "z.md": it leads outside its workspace folder\n');
    assert.equal(zero.code, 2);
  });

  it('skips a FIFO and a /dev/zero link inside a folder it scans', () => {
    const dir = tempFolder({ 'a.md': CLEAN });
    execFileSync('mkfifo', [join(dir, 'x.md')]);
    symlinkSync('/dev/zero', join(dir, 'z.md'));
    const r = runCli(['.', '--quiet'], dir);
    assert.equal(r.stderr, '');
    assert.equal(r.code, 0);
  });

  it('exits 2 naming an unreadable folder or file argument', () => {
    const dir = tempFolder({ 'locked/a.md': CLEAN, 'locked.md': CLEAN });
    chmodSync(join(dir, 'locked'), 0o000);
    chmodSync(join(dir, 'locked.md'), 0o000);
    const folder = runCli(['locked'], dir, { asUser: true });
    assert.equal(folder.stderr, 'evidence-lint: cannot read "locked": permission denied\n');
    assert.equal(folder.code, 2);
    const file = runCli(['locked.md'], dir, { asUser: true });
    assert.equal(file.stderr, 'evidence-lint: cannot read "locked.md": permission denied\n');
    assert.equal(file.code, 2);
  });

  it('names an unreadable markdown file found in a folder as unreadable, not as too large or binary', () => {
    const dir = tempFolder({ 'a.md': CLEAN, 'b.md': CLEAN });
    chmodSync(join(dir, 'b.md'), 0o000);
    const r = runCli(['.', '--quiet'], dir, { asUser: true });
    assert.equal(r.stderr, 'evidence-lint: b.md: skipped (unreadable: EACCES)\n');
    assert.equal(r.code, 0);
  });

  it('still reports a missing catalog inside the folder at its own path', () => {
    const dir = tempFolder({ 'a.md': CLEAN });
    mkdirSync(join(dir, 'catalogs'));
    writeFileSync(join(dir, 'evidence.config.yaml'), 'catalogs: [catalogs/none.yaml]\n');
    const r = runCli(['.'], dir);
    assert.equal(r.stderr, 'evidence-lint: catalogs/none.yaml:1:1: cannot read catalog: ENOENT\n');
    assert.equal(r.code, 2);
  });
});
