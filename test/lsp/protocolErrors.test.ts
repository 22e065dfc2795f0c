// A broken stdio stream ends the server with a non-zero exit code and a reason
// on stderr (the client then restarts it) instead of leaving it alive and deaf;
// after `shutdown`, requests get InvalidRequest.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { ErrorCodes, HoverRequest, ResponseError, ShutdownRequest } from 'vscode-languageserver-protocol/node';
import { FRONTMATTER, makeWorkspace, removeWorkspace } from './helpers/fixture';
import { LspSession, SERVER } from './helpers/lspSession';

/** Servers started here; one still running after its test (a hang) is stopped, so mocha can exit. */
const started: ChildProcess[] = [];
const frame = (body: string) => `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
const INITIALIZE = frame(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));

/**
 * Starts the server, writes raw bytes to its stdin (`later` once it answered
 * something), and resolves with its exit code and output (stdin stays open).
 */
function runRaw(chunks: (string | Buffer)[], later: string[] = []): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    started.push(proc);
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      for (const c of later.splice(0)) proc.stdin.write(c);
    });
    proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    proc.stdin.on('error', () => undefined); // the server may exit before it read everything
    proc.on('exit', (code) => resolve({ code, stdout, stderr }));
    for (const c of chunks) proc.stdin.write(c);
  });
}

const REASON = '; exiting so that the client restarts the server\n';

describe('LSP protocol errors', () => {
  afterEach(() => {
    for (const proc of started.splice(0)) if (proc.exitCode === null && proc.signalCode === null) proc.kill();
  });

  it('exits with 1 after a Content-Length that is not a number', async () => {
    const { code, stdout, stderr } = await runRaw([INITIALIZE], ['Content-Length: 12x\r\n\r\n{}']);
    assert.equal(code, 1);
    assert.match(stdout, /"id":1,"result"/); // it answered the good frame before
    assert.equal(stderr, 'compliance-evidence: protocol error: Content-Length is not a number: "12x"' + REASON);
  });

  it('exits with 1 after a huge Content-Length instead of waiting for its body', async () => {
    const { code, stderr } = await runRaw(['Content-Length: 9999999999999\r\n\r\n{"jsonrpc":"2.0"}']);
    assert.equal(code, 1);
    assert.equal(stderr, 'compliance-evidence: protocol error: Content-Length 9999999999999 is above the limit of 268435456 bytes' + REASON);
  });

  it('exits with 1 after a header without Content-Length', async () => {
    const { code, stderr } = await runRaw(['Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}']);
    assert.equal(code, 1);
    assert.equal(stderr, 'compliance-evidence: protocol error: message header without Content-Length' + REASON);
  });

  it('exits with 1 during a 32 MiB header instead of buffering it', async () => {
    const { code, stderr } = await runRaw(['Content-Length: 2\r\nX-Junk: ', Buffer.alloc(32 * 1024 * 1024, 'a')]);
    assert.equal(code, 1);
    assert.equal(stderr, 'compliance-evidence: protocol error: message header longer than 8192 bytes' + REASON);
  });

  it('exits with 1 after a body that is not JSON', async () => {
    const { code, stderr } = await runRaw([frame('{"jsonrpc":"2.0","id":1,')]);
    assert.equal(code, 1);
    assert.match(stderr, /^compliance-evidence: protocol error: .+; exiting so that the client restarts the server\n$/);
  });

  it('answers requests after shutdown with InvalidRequest', async () => {
    const root = makeWorkspace({ 'index.md': FRONTMATTER + '# 总览\n' });
    const session = await LspSession.start({ root });
    try {
      const uri = await session.open(`${root}/index.md`, FRONTMATTER + '# 总览\n');
      await session.connection.sendRequest(ShutdownRequest.type);
      const error = await session.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 0, character: 0 } }).then(
        () => undefined,
        (e: unknown) => e,
      );
      assert.ok(error instanceof ResponseError);
      assert.deepEqual([error.code, error.message], [ErrorCodes.InvalidRequest, 'textDocument/hover: the server is shutting down']);
    } finally {
      await session.stop();
      removeWorkspace(root);
    }
  });
});
