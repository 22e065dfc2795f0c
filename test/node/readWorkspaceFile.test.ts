// The safe reader on real files: the size cap is exact, names may be Chinese
// or astral, and devices, FIFOs and links out of the folder are refused unread.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWorkspaceFile } from '../../server/src/node/readWorkspaceFile';

describe('readWorkspaceFile', () => {
  let root: string;
  before(() => (root = realpathSync(mkdtempSync(join(tmpdir(), 'evidence-read-')))));
  after(() => rmSync(root, { recursive: true, force: true }));

  it('reads a file of exactly the cap, with a Chinese and astral name, and refuses one byte more', () => {
    const file = join(root, '证据𠀀.md');
    writeFileSync(file, '证据𠀀\r\n');
    const size = Buffer.byteLength('证据𠀀\r\n');
    const read = readWorkspaceFile(file, { maxBytes: size, root });
    assert.ok(read.ok);
    assert.equal(read.bytes.toString('utf8'), '证据𠀀\r\n');
    assert.deepEqual(readWorkspaceFile(file, { maxBytes: size - 1, root }), {
      ok: false,
      reason: 'too-large',
      detail: `${size} bytes, limit ${size - 1}`,
      limit: size - 1,
    });
  });

  it('refuses /dev/zero, a FIFO, a link out of the folder and a directory', () => {
    execFileSync('mkfifo', [join(root, 'fifo.md')]);
    symlinkSync('/dev/zero', join(root, 'zero.md'));
    assert.deepEqual(readWorkspaceFile(join(root, 'fifo.md'), { maxBytes: 10, root }), { ok: false, reason: 'not-a-file', detail: 'FIFO' });
    assert.deepEqual(readWorkspaceFile(join(root, 'zero.md'), { maxBytes: 10, root }), { ok: false, reason: 'outside-folder', detail: '/dev/zero' });
    assert.deepEqual(readWorkspaceFile('/dev/zero', { maxBytes: 10 }), { ok: false, reason: 'not-a-file', detail: 'character device' });
    assert.deepEqual(readWorkspaceFile(root, { maxBytes: 10 }), { ok: false, reason: 'not-a-file', detail: 'directory' });
    assert.deepEqual(readWorkspaceFile(join(root, 'none.md'), { maxBytes: 10, root }), { ok: false, reason: 'unreadable', detail: 'ENOENT', code: 'ENOENT' });
  });
});
