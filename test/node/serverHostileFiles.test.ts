// The language server over stdio on hostile workspace files: it refuses them
// without reading and keeps answering. The server runs with a 256 MB heap, so
// a regression crashes it fast instead of eating the machine.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FRONTMATTER, makeWorkspace, removeWorkspace } from '../lsp/helpers/fixture';
import { LspSession, uriOf } from '../lsp/helpers/lspSession';

const INDEX = `${FRONTMATTER}## 5.1 体系\n见 §5.9.9\n`;

let preloadDir: string | undefined;

/** Preloaded into the server when the tests run as root, so file permissions bite. */
function dropRootPreload(): string {
  preloadDir ??= mkdtempSync(join(tmpdir(), 'evidence-preload-'));
  const file = join(preloadDir, 'dropRoot.cjs');
  writeFileSync(file, 'if (process.getuid && process.getuid() === 0) { process.setgid(65534); process.setuid(65534); }\n');
  return file;
}

async function startSmall(root: string, locale = 'en', options: { asUser?: boolean } = {}): Promise<LspSession> {
  const saved = process.env.EVIDENCE_SERVER_NODE_ARGS;
  process.env.EVIDENCE_SERVER_NODE_ARGS = ['--max-old-space-size=256', ...(options.asUser ? ['--require', dropRootPreload()] : [])].join(' ');
  try {
    return await LspSession.start({ root, locale });
  } finally {
    if (saved === undefined) delete process.env.EVIDENCE_SERVER_NODE_ARGS;
    else process.env.EVIDENCE_SERVER_NODE_ARGS = saved;
  }
}

/** The server still analyses: opening a document yields its unknown-clause diagnostic. */
async function answers(session: LspSession, root: string, name = 'probe.md'): Promise<void> {
  const uri = await session.open(join(root, name), INDEX);
  const d = await session.waitForDiagnostics(uri, (ds) => ds.some((x) => x.code === 'unknown-clause'));
  assert.equal(d.find((x) => x.code === 'unknown-clause')!.message, 'Reference to §5.9.9, which is not a clause of GB/T 27922-2011.');
}

describe('language server on hostile files', function () {
  this.timeout(40000);
  after(() => preloadDir && rmSync(preloadDir, { recursive: true, force: true }));
  let session: LspSession | undefined;
  let root: string | undefined;
  afterEach(async () => {
    // A server that hangs or died would never answer shutdown: stop it by its pid.
    const pid = session?.pid;
    if (session) await Promise.race([session.stop(), new Promise((r) => setTimeout(r, 3000))]);
    try {
      if (pid) process.kill(pid);
    } catch {
      // already gone
    }
    if (root) removeWorkspace(root);
    session = root = undefined;
  });

  it('refuses catalogs: [/dev/zero] with a warning naming the entry, and keeps answering', async () => {
    root = makeWorkspace({ 'evidence.config.yaml': 'catalogs: [/dev/zero]\n' });
    session = await startSmall(root);
    await answers(session, root);
    const warning = await session.waitFor('warning', () => session!.messages.find((m) => m.message.includes('/dev/zero')));
    assert.equal(
      warning.message,
      `Compliance Evidence: ${join(root, 'evidence.config.yaml')}:1:1: Catalog "/dev/zero" lies outside the workspace folder; it is not read.`,
    );
  });

  it('says it in Chinese for a zh-CN client', async () => {
    root = makeWorkspace({ 'evidence.config.yaml': 'catalogs: [/dev/zero]\n' });
    session = await startSmall(root, 'zh-CN');
    const warning = await session.waitFor('warning', () => session!.messages.find((m) => m.message.includes('/dev/zero')));
    assert.equal(warning.message, `Compliance Evidence: ${join(root, 'evidence.config.yaml')}:1:1: 条款目录“/dev/zero”位于工作区文件夹之外，未读取。`);
  });

  it('refuses an evidence.config.yaml and a .gitignore that link to /dev/zero, and keeps answering', async () => {
    root = makeWorkspace({});
    symlinkSync('/dev/zero', join(root, 'evidence.config.yaml'));
    symlinkSync('/dev/zero', join(root, '.gitignore'));
    session = await startSmall(root);
    await answers(session, root);
    const warning = await session.waitFor('warning', () => session!.messages.find((m) => m.message.includes('config')));
    assert.equal(
      warning.message,
      `Compliance Evidence: ${join(root, 'evidence.config.yaml')}:1:1: This config file lies outside the workspace folder; it is not read.`,
    );
  });

  it('does not block on a FIFO named x.md announced by a watched-file event', async () => {
    const folder = (root = makeWorkspace({ 'a.md': INDEX }));
    session = await startSmall(folder);
    await session.waitForDiagnostics(uriOf(join(folder, 'a.md')), (ds) => ds.length > 0);
    execFileSync('mkfifo', [join(folder, 'x.md')]);
    assert.ok(statSync(join(folder, 'x.md')).isFIFO());
    await session.fileEvent(join(folder, 'x.md'), 'created');
    await answers(session, folder);
    assert.ok(
      session.log.some((l) => l === `${join(folder, 'x.md')}: skipped (not-a-file: FIFO)`),
      session.log.join('\n'),
    );
  });

  it('names an unreadable file as unreadable in its warning, not as too large, binary or undecodable', async () => {
    const folder = (root = makeWorkspace({ 'a.md': INDEX, 'b.md': INDEX }));
    chmodSync(folder, 0o755);
    chmodSync(join(folder, 'b.md'), 0o000);
    session = await startSmall(folder, 'en', { asUser: true });
    const warning = await session.waitFor('warning', () => session!.messages.find((m) => m.message.includes('Skipped')));
    assert.equal(warning.message, `Compliance Evidence: Skipped 1 markdown file(s) in ${folder} (unreadable), e.g. b.md; see the output log.`);
    await answers(session, folder);
  });
});
