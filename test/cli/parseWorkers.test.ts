// evidence-lint with its parse workers (EVIDENCE_PARSE_WORKERS=2) and without
// (=0) on the same real folder: the same JSON, the same notices for files it
// skips or decodes from GB18030, and a process that ends (no worker left).
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateSet } from '../bench/generate';
import { removeTempFolders, runCli, tempFolder } from './helpers/runCli';

const withWorkers = { EVIDENCE_PARSE_WORKERS: '2' };
const inProcess = { EVIDENCE_PARSE_WORKERS: '0' };

describe('CLI parse workers', () => {
  after(removeTempFolders);

  it('gives the same JSON for 40 documents with parse workers as without, and exits', () => {
    const dir = tempFolder();
    generateSet(dir, 40, 6000);
    const pooled = runCli(['.', '--format', 'json'], dir, { env: withWorkers });
    // A worker left running would keep the process alive until runCli's hang guard kills it.
    assert.equal(pooled.signal, null, 'the CLI ended by itself');
    const plain = runCli(['.', '--format', 'json'], dir, { env: inProcess });
    assert.equal(pooled.stderr, '');
    assert.equal(pooled.code, plain.code);
    assert.equal(pooled.stdout, plain.stdout);
    // The run found what each of these documents has: a link to a missing attachment.
    const files = new Set(
      (JSON.parse(pooled.stdout) as { diagnostics: { file: string; rule: string }[] }).diagnostics
        .filter((d) => d.rule === 'broken-attachment')
        .map((d) => d.file),
    );
    assert.equal(files.size, 40);
  });

  it('skips a too large, a binary and an unreadable file with the same notices, and decodes GB18030, among files parsed in workers', () => {
    const dir = tempFolder({ 'evidence.config.yaml': 'maxFileSize: 20000\n' });
    const set = generateSet(dir, 24, 6000);
    const twin = readFileSync(set.files[0], 'utf8');
    writeFileSync(join(dir, 'd0', 'gbk.md'), execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: twin }));
    writeFileSync(join(dir, 'big.md'), `# 大文件\n\n${'正文。'.repeat(3000)}\n`);
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0x23, 0x20, 0x00, 0x41]));
    writeFileSync(join(dir, 'locked.md'), twin);
    chmodSync(join(dir, 'locked.md'), 0o000);
    const pooled = runCli(['.', '--format', 'json'], dir, { env: withWorkers, asUser: true });
    const plain = runCli(['.', '--format', 'json'], dir, { env: inProcess, asUser: true });
    assert.equal(
      pooled.stderr,
      [
        'evidence-lint: big.md: skipped (too-large: 27014 bytes, limit 20000)',
        'evidence-lint: binary.md: skipped (binary: contains NUL bytes)',
        'evidence-lint: d0/gbk.md: decoded as gb18030; consider saving it as UTF-8',
        'evidence-lint: locked.md: skipped (unreadable: EACCES)',
        '',
      ].join('\n'),
    );
    assert.equal(plain.stderr, pooled.stderr);
    assert.equal(pooled.stdout, plain.stdout);
    // The GB18030 file has the findings of its UTF-8 twin next to it.
    const diagnostics = (JSON.parse(pooled.stdout) as { diagnostics: { file: string; rule: string; range: unknown }[] }).diagnostics;
    const of = (file: string) => diagnostics.filter((d) => d.file === file).map(({ rule, range }) => ({ rule, range }));
    assert.ok(of('d0/gbk.md').length > 0);
    assert.deepEqual(of('d0/gbk.md'), of('d0/evidence-0000.md'));
  });
});
