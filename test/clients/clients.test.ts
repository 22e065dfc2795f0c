// Two independent LSP clients, Neovim's built-in one and Emacs' eglot, each start
// `node dist/server.js --stdio` on a copy of examples/ and must receive the
// missing-clause diagnostics, a completion and a hover. The editors are driven by
// test/clients/nvim-client.lua and emacs-client.el, which wait on conditions
// (vim.wait / accept-process-output), never fixed sleeps, and print what they got.
// A missing editor is a failure, not a skip: run test/clients/install.sh.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const HERE = __dirname;
const SERVER = resolve(HERE, '../../dist/server.js');
const EXAMPLES = resolve(HERE, '../../examples');
const DOC = '00-总览.md';

function requireBinary(name: string, pkg: string): void {
  const r = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  assert.equal(r.status, 0, `${name} is not installed: run test/clients/install.sh (apt-get install ${pkg}) before the tests`);
}

function copyExamples(git: boolean): string {
  const root = realpathSync(mkdtempSync(join(tmpdir(), 'evidence-client-')));
  cpSync(EXAMPLES, root, { recursive: true });
  // eglot finds the project (and so the root it sends) through version control.
  if (git) assert.equal(spawnSync('git', ['init', '-q', root]).status, 0, 'git init failed (git is needed for the eglot project root)');
  return root;
}

interface Seen {
  diagnostics: string[];
  completion: { count: number; labels: string };
  hover: string;
  done: boolean;
  raw: string;
}

function parse(stdout: string): Seen {
  const lines = stdout.split('\n');
  const completion = lines.find((l) => l.startsWith('COMPLETION '))?.match(/^COMPLETION (\d+) ?(.*)$/);
  return {
    diagnostics: lines.filter((l) => l.startsWith('DIAG ')),
    completion: { count: completion ? Number(completion[1]) : 0, labels: completion?.[2] ?? '' },
    hover: lines.find((l) => l.startsWith('HOVER '))?.slice(6) ?? '',
    done: lines.includes('DONE'),
    raw: stdout,
  };
}

function assertSeen(seen: Seen, missingClause: RegExp): void {
  assert.ok(seen.done, `the client did not finish:\n${seen.raw}`);
  assert.ok(
    seen.diagnostics.some((d) => missingClause.test(d)),
    `no missing-clause diagnostic:\n${seen.raw}`,
  );
  assert.ok(seen.completion.count > 0 && /\b5\.1\.1\b/.test(seen.completion.labels), `no clause completion:\n${seen.raw}`);
  assert.match(seen.hover, /5\.1\.1\.1/, `no hover for §5.1.1.1:\n${seen.raw}`);
}

describe('independent LSP clients on the example set', function () {
  this.timeout(60000);
  const roots: string[] = [];
  after(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

  it('Neovim (built-in client, headless): missing-clause diagnostics, completion, hover', () => {
    requireBinary('nvim', 'neovim');
    const root = copyExamples(false);
    roots.push(root);
    const started = Date.now();
    const r = spawnSync('nvim', ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${join(HERE, 'nvim-client.lua')}`], {
      cwd: root,
      encoding: 'utf8',
      timeout: 45000,
      env: { ...process.env, EVIDENCE_SERVER: SERVER, EVIDENCE_ROOT: root, EVIDENCE_DOC: join(root, DOC) },
    });
    assert.equal(r.status, 0, `nvim exited ${r.status} (${r.signal ?? 'no signal'}):\n${r.stdout}\n${r.stderr}`);
    assertSeen(parse(r.stdout), /^DIAG missing-clause 1 Clause 5\.2\.5 /);
    console.log(`      nvim: ${Date.now() - started} ms`);
  });

  it('Emacs (eglot, batch): missing-clause diagnostics, completion, hover', () => {
    requireBinary('emacs', 'emacs-nox elpa-eglot');
    const root = copyExamples(true);
    roots.push(root);
    const started = Date.now();
    const r = spawnSync('emacs', ['--batch', '-q', '-l', join(HERE, 'emacs-client.el')], {
      cwd: root,
      encoding: 'utf8',
      timeout: 45000,
      env: { ...process.env, EVIDENCE_SERVER: SERVER, EVIDENCE_ROOT: root, EVIDENCE_DOC: join(root, DOC) },
    });
    assert.equal(r.status, 0, `emacs exited ${r.status} (${r.signal ?? 'no signal'}):\n${r.stdout}\n${r.stderr}`);
    assertSeen(parse(r.stdout), /^DIAG 2 .*\[missing-clause\]: Clause 5\.2\.5 /);
    console.log(`      emacs: ${Date.now() - started} ms`);
  });
});
