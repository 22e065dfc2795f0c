// Hostile workspaces through the real front ends: the CLI spawned as a process
// and the language server over stdio. Each case must end with a clear notice,
// diagnostic or log line, without hanging, and nothing may crash.
import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeWorkspace, removeWorkspace, FRONTMATTER } from '../lsp/helpers/fixture';
import { LspSession, uriOf } from '../lsp/helpers/lspSession';

const CLI = resolve(__dirname, '../../dist/cli.js');
/** A hang guard, not a performance budget: a CLI still running after this long is killed. */
const HANG_GUARD_MS = 120000;

function lint(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, LANG: 'C' },
    timeout: HANG_GUARD_MS,
    maxBuffer: 64 << 20,
  });
  assert.equal(r.signal, null, `the CLI hung and was killed (${r.signal})`);
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same fixture through the server: waits for a predicate over the session (log, messages, diagnostics). */
async function withServer<T>(root: string, fn: (s: LspSession) => Promise<T>): Promise<T> {
  const session = await LspSession.start({ root, locale: 'en' });
  try {
    return await fn(session);
  } finally {
    await session.stop();
  }
}

const GOOD = FRONTMATTER + '## 5.1.1.1 售后服务部门及职能岗位\n\n本公司设立客户服务中心，负责全部售后服务工作，岗位职责明确。[证据](证据.pdf)\n';
const logHas = (s: LspSession, re: RegExp) => s.log.find((l) => re.test(l));
const messageHas = (s: LspSession, re: RegExp) => s.messages.find((m) => re.test(m.message));

// "本公司" evidence in GB18030 (iconv -f UTF-8 -t GB18030), heading 5.1.1.1 售后服务部门及职能岗位.
const GB18030_DOC = Buffer.from(
  '2d2d2d0a7374616e646172643a2047422f542032373932322d323031310a2d2d2d0a232320352e312e312e3120cadbbaf3b7fecef1b2bfc3c5bcb0d6b0c4dcb8dacebb0a0ab1beb9abcbbec9e8c1a2bfcdbba7b7fecef1d6d0d0c4a3acb8bad4f0c8abb2bfcadbbaf3b7fecef1b9a4d7f7a1a30a',
  'hex',
);

function aliasBomb(indent = ''): string {
  const lines = [`${indent}a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`];
  for (let i = 1; i < 9; i++) {
    const prev = String.fromCharCode(96 + i);
    const cur = String.fromCharCode(97 + i);
    lines.push(`${indent}${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return lines.join('\n') + '\n';
}

describe('hostile inputs', function () {
  this.timeout(180000); // hang guard: the CLI spawn guard (HANG_GUARD_MS) fires first
  const roots: string[] = [];
  const ws = (files: Record<string, string | Buffer>) => {
    const r = makeWorkspace(files);
    roots.push(r);
    return r;
  };
  after(() => roots.forEach(removeWorkspace));

  describe('a 50 MB markdown file', () => {
    let root: string;
    before(() => {
      root = ws({ 'good.md': GOOD, '证据.pdf': 'x' });
      const line = Buffer.from('本公司设立客户服务中心，负责全部售后服务工作。\n'); // 70 bytes
      const big = Buffer.alloc(50 * 1024 * 1024, 0x20);
      Buffer.from(FRONTMATTER).copy(big, 0);
      for (let o = FRONTMATTER.length; o + line.length < big.length; o += line.length) line.copy(big, o);
      writeFileSync(join(root, 'big.md'), big);
    });

    it('CLI: skipped above maxFileSize with a notice; the rest is linted', () => {
      const r = lint(['.', '--format', 'json'], root);
      assert.match(r.stderr, /big\.md: skipped \(too-large: 52428800 bytes, limit 5242880\)/);
      assert.equal(r.code, 0, r.stderr);
      assert.ok(JSON.parse(r.stdout).diagnostics.every((d: { file: string }) => d.file === 'good.md'));
    });

    it('CLI: the limit is configurable (maxFileSize in the config)', () => {
      const small = ws({ 'evidence.config.yaml': 'maxFileSize: 100\n', 'good.md': GOOD });
      const r = lint(['.'], small);
      assert.match(r.stderr, /good\.md: skipped \(too-large: \d+ bytes, limit 100\)/);
    });

    it('server: a log line naming the file and a window/showMessage warning; the rest is analysed', async () => {
      await withServer(root, async (s) => {
        await s.waitFor('log line', () => logHas(s, /big\.md: skipped \(too-large: 52428800 bytes/));
        await s.waitFor('showMessage', () => messageHas(s, /Skipped 1 markdown file.*big\.md/));
        await s.waitForDiagnostics(uriOf(join(root, 'good.md')), (d) => d.length > 0);
      });
    });
  });

  describe('files that are not UTF-8 text', () => {
    let root: string;
    before(() => {
      const docx = Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00'), Buffer.alloc(64), Buffer.from('word/document.xml')]);
      root = ws({
        'good.md': GOOD,
        '证据.pdf': 'x',
        'word.md': docx,
        'invalid.md': Buffer.concat([Buffer.from(FRONTMATTER + '## 5.1.1.2 '), Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0x0a])]),
        'gbk.md': GB18030_DOC,
      });
    });

    it('CLI: binary skipped, invalid UTF-8 skipped, GB18030 decoded, each with a notice', () => {
      const r = lint(['.', '--format', 'json'], root);
      assert.match(r.stderr, /word\.md: skipped \(binary: contains NUL bytes\)/);
      assert.match(r.stderr, /invalid\.md: skipped \(undecodable: neither UTF-8 nor GB18030\)/);
      assert.match(r.stderr, /gbk\.md: decoded as gb18030; consider saving it as UTF-8/);
      const out = JSON.parse(r.stdout);
      // The decoded file is evidence: its 5.1.1.1 section counts (no missing-clause for it).
      const cov = out.coverage[0].clauses.find((c: { id: string }) => c.id === '5.1.1.1');
      assert.ok(
        cov.locations.some((l: { file: string }) => l.file === 'gbk.md'),
        JSON.stringify(cov),
      );
    });

    it('server: logs each skip and the decoding; an editor showing the GB18030 file as UTF-8 gets a warning', async () => {
      await withServer(root, async (s) => {
        await s.waitFor('binary log', () => logHas(s, /word\.md: skipped \(binary/));
        await s.waitFor('undecodable log', () => logHas(s, /invalid\.md: skipped \(undecodable/));
        await s.waitFor('decoded log', () => logHas(s, /gbk\.md: decoded as gb18030/));
        await s.waitFor('skip notice', () => messageHas(s, /Skipped 2 markdown file/));
        // What an editor that assumes UTF-8 sends for the GB18030 bytes.
        const asUtf8 = new TextDecoder('utf-8').decode(GB18030_DOC);
        await s.open(join(root, 'gbk.md'), asUtf8);
        await s.waitFor('encoding warning', () => messageHas(s, /gbk\.md is GB18030\/GBK-encoded.*reopen it with encoding GB18030/));
        await s.waitForDiagnostics(uriOf(join(root, 'gbk.md')), () => true);
      });
    });
  });

  describe('YAML alias bombs', () => {
    it('in frontmatter: frontmatter-invalid, the rest analysed (CLI and server)', async () => {
      const root = ws({ 'bomb.md': `---\nstandard: GB/T 27922-2011\n${aliasBomb()}---\n## 5.9.9 未知\n` });
      const r = lint(['.', '--format', 'json'], root);
      const rules = JSON.parse(r.stdout).diagnostics.map((d: { rule: string; message: string }) => `${d.rule} ${d.message}`);
      assert.ok(
        rules.some((x: string) => /^frontmatter-invalid .*(alias|complex)/i.test(x)),
        rules.join('\n'),
      );
      assert.ok(
        rules.some((x: string) => x.startsWith('unknown-clause')),
        'the body was still analysed',
      );
      await withServer(root, (s) =>
        s.waitForDiagnostics(
          uriOf(join(root, 'bomb.md')),
          (d) => d.some((x) => x.code === 'frontmatter-invalid') && d.some((x) => x.code === 'unknown-clause'),
        ),
      );
    });

    it('in the config: CLI exits 2 with file:line; the server warns and continues', async () => {
      const root = ws({ 'evidence.config.yaml': `standard: GB/T 27922-2011\n${aliasBomb()}`, 'good.md': GOOD, '证据.pdf': 'x' });
      const r = lint(['.'], root);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /evidence\.config\.yaml:\d+:\d+: .*(alias|complex)/i);
      await withServer(root, async (s) => {
        await s.waitFor('config warning', () => messageHas(s, /evidence\.config\.yaml:\d+:\d+/));
        await s.waitForDiagnostics(uriOf(join(root, 'good.md')), (d) => d.length > 0);
      });
    });
  });

  // One line 10,000 markers deep (which overflowed the parser's stack before the
  // markers past 32 were defused), and 10,000 lines stepping in and out.
  describe('10,000 levels of nesting', () => {
    const lists =
      FRONTMATTER +
      '## 5.1.1.1 售后服务部门及职能岗位\n\n' +
      '- '.repeat(10000) +
      '深\n\n' +
      Array.from({ length: 10000 }, (_, i) => ' '.repeat(i % 200) + '- 层').join('\n') +
      '\n';
    const quotes =
      FRONTMATTER +
      '## 5.1.1.2 服务网点\n\n' +
      '>'.repeat(10000) +
      ' 深\n\n' +
      Array.from({ length: 10000 }, (_, i) => '>'.repeat(i % 100) + ' 引').join('\n') +
      '\n';

    it('CLI: lists and quotes are analysed without hanging', () => {
      const root = ws({ 'lists.md': lists, 'quotes.md': quotes });
      const r = lint(['.', '--format', 'json'], root);
      assert.ok(r.code === 0 || r.code === 1, r.stderr);
      const out = JSON.parse(r.stdout);
      const located = (id: string) => out.coverage[0].clauses.find((c: { id: string }) => c.id === id).locations.length;
      assert.equal(located('5.1.1.1'), 1);
      assert.equal(located('5.1.1.2'), 1);
    });

    it('server: the open documents get diagnostics and the server keeps answering', async () => {
      const root = ws({});
      await withServer(root, async (s) => {
        const a = await s.open(join(root, 'lists.md'), lists);
        const b = await s.open(join(root, 'quotes.md'), quotes);
        // Parsing 10,000 levels takes seconds (the CLI needs as long): a hang guard, not a time limit.
        await s.waitForDiagnostics(a, (d) => d.length > 0, a, 60_000);
        await s.waitForDiagnostics(b, (d) => d.length > 0, b, 60_000);
        await s.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: a } });
      });
    });
  });

  describe('a link out of the workspace', () => {
    it('is reported as outside and never read (CLI and server)', async function () {
      // outside/ holds a FIFO (reading it would block forever) and markdown that would add
      // diagnostics if it were read as evidence; the workspace links to both and to /etc/passwd.
      const top = realpathSync(mkdtempSync(join(tmpdir(), 'evidence-outside-')));
      roots.push(top);
      mkdirSync(join(top, 'outside'));
      execFileSync('mkfifo', [join(top, 'outside', 'secret.pdf')]);
      writeFileSync(join(top, 'outside', 'evil.md'), FRONTMATTER + '## 5.9.9 不该被读\n');
      const root = join(top, 'ws');
      mkdirSync(root);
      writeFileSync(
        join(root, 'a.md'),
        FRONTMATTER + '## 5.1.1.1 售后服务部门\n\n[口令](../../../etc/passwd) [秘密](../outside/secret.pdf) [文档](../outside/evil.md)\n',
      );
      symlinkSync(join(top, 'outside', 'evil.md'), join(root, 'leak.md')); // a file link leaving the folder
      const r = lint(['.', '--format', 'json'], root);
      const ds = JSON.parse(r.stdout).diagnostics as { rule: string; message: string; file: string }[];
      const outside = ds.filter((d) => d.rule === 'broken-attachment' && /outside the workspace/.test(d.message));
      assert.equal(outside.length, 3, JSON.stringify(ds));
      assert.ok(outside.some((d) => d.message.includes('../../../etc/passwd')));
      assert.ok(!ds.some((d) => d.file.includes('leak') || d.file.includes('evil') || /5\.9\.9/.test(d.message)), 'outside markdown was read');
      await withServer(root, async (s) => {
        const d = await s.waitForDiagnostics(uriOf(join(root, 'a.md')), (x) => x.filter((y) => /outside the workspace/.test(y.message)).length === 3);
        assert.ok(d.length > 0);
        assert.ok(!s.diagnostics.has(uriOf(join(root, 'leak.md'))), 'the link leaving the folder was read');
        // The same link appearing later (a watched-file event) is not read either.
        symlinkSync(join(top, 'outside', 'evil.md'), join(root, 'leak2.md'));
        await s.fileEvent(join(root, 'leak2.md'), 'created');
        await s.connection.sendRequest('textDocument/codeAction', {
          textDocument: { uri: uriOf(join(root, 'a.md')) },
          range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
          context: { diagnostics: [] },
        }); // flushes the analysis; its diagnostics are published before the answer
        assert.ok(!s.diagnostics.has(uriOf(join(root, 'leak2.md'))), 'a watched link leaving the folder was read');
      });
    });
  });

  describe('a symlink loop in the workspace', () => {
    it('CLI and server finish', async () => {
      const root = ws({ 'a/good.md': GOOD, 'a/证据.pdf': 'x' });
      symlinkSync(root, join(root, 'a', 'loop'));
      symlinkSync('../a', join(root, 'a', 'back'));
      symlinkSync('self.md', join(root, 'self.md')); // a link to itself
      const r = lint(['.', '--format', 'json'], root);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual([...new Set(JSON.parse(r.stdout).diagnostics.map((d: { file: string }) => d.file))], ['a/good.md']);
      await withServer(root, async (s) => {
        await s.waitFor('indexed', () => logHas(s, /indexed 1 markdown files/));
        await s.waitForDiagnostics(uriOf(join(root, 'a/good.md')), (d) => d.length > 0);
      });
    });
  });

  describe('broken catalogs named in the config', () => {
    const builtin = readFileSync(resolve(__dirname, '../../clauses/gbt27922-2011.yaml'), 'utf8');
    const mine = (text: string) => text.replace(/id: "?GB\/T 27922-2011"?/, 'id: "Q/TEST 1-2026"');
    const cases: [string, string, RegExp][] = [
      ['duplicate ids', mine(builtin).replace('- id: "5.1.1.2"', '- id: "5.1.1.1"'), /duplicate clause id "5\.1\.1\.1"/],
      ['a cycle (parent listed later)', mine(builtin).replace(/(- id: "5.1"\n\s+parent: )"5"/, '$1"5.1.1"'), /must be listed before it/],
      ['a bad id', mine(builtin).replace('- id: "5.2.6"', '- id: "5.2.x"'), /5\.2\.x/],
      ['a wrong type', mine(builtin).replace('schemaVersion: 1', 'schemaVersion: "one"'), /schemaVersion/],
    ];
    for (const [what, text, message] of cases) {
      it(`${what}: CLI exits 2 naming file:line; the server warns and continues`, async () => {
        assert.notEqual(text, builtin, 'fixture edit did not apply');
        const root = ws({ 'evidence.config.yaml': 'catalogs: [cat/mine.yaml]\n', 'cat/mine.yaml': text, 'good.md': GOOD, '证据.pdf': 'x' });
        const r = lint(['.'], root);
        assert.equal(r.code, 2, r.stdout + r.stderr);
        assert.match(r.stderr, /cat\/mine\.yaml:\d+:\d+: /);
        assert.match(r.stderr, message);
        await withServer(root, async (s) => {
          await s.waitFor('catalog warning', () => messageHas(s, /mine\.yaml:\d+:\d+: /));
          await s.waitForDiagnostics(uriOf(join(root, 'good.md')), (d) => d.length > 0);
        });
      });
    }

    it('a catalog that does not exist: CLI exits 2 naming it; the server warns and continues', async () => {
      const root = ws({ 'evidence.config.yaml': 'catalogs: [nowhere/none.yaml]\n', 'good.md': GOOD, '证据.pdf': 'x' });
      const r = lint(['.'], root);
      assert.equal(r.code, 2);
      assert.match(r.stderr, /nowhere\/none\.yaml:1:1: cannot read catalog: ENOENT/);
      await withServer(root, async (s) => {
        await s.waitFor('catalog warning', () => messageHas(s, /none\.yaml:1:1: cannot read catalog: ENOENT/));
        await s.waitForDiagnostics(uriOf(join(root, 'good.md')), (d) => d.length > 0);
      });
    });
  });
});
