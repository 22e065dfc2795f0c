// The server's first index parses in worker threads (EVIDENCE_PARSE_WORKERS=2)
// and publishes, for a folder of 40 documents, what the CLI finds parsing on
// its main thread (EVIDENCE_PARSE_WORKERS=0).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CoverageRequest } from '../../server/src/protocol/protocol';
import { generateSet } from '../bench/generate';
import { LspSession } from './helpers/lspSession';

const CLI = resolve(__dirname, '../../dist/cli.js');
const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

describe('LSP first index with parse workers', () => {
  let root: string;
  let session: LspSession | undefined;
  const asked = process.env.EVIDENCE_PARSE_WORKERS;
  before(() => {
    root = mkdtempSync(join(tmpdir(), 'evidence-lsp-workers-'));
    generateSet(root, 40, 6000);
    process.env.EVIDENCE_PARSE_WORKERS = '2'; // the spawned server inherits it
  });
  after(async () => {
    if (asked === undefined) delete process.env.EVIDENCE_PARSE_WORKERS;
    else process.env.EVIDENCE_PARSE_WORKERS = asked;
    await session?.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('publishes for 40 documents the diagnostics the CLI prints', async function () {
    this.timeout(120000);
    const s = (session = await LspSession.start({ root, locale: 'en' }));
    const indexed = await s.waitFor('index log', () => s.log.find((l) => l.startsWith('indexed ')));
    assert.match(indexed, new RegExp(`^indexed 40 markdown files in ${root} in \\d+ ms, 40 parsed in worker threads$`));
    // The answer comes after the analysis, whose diagnostics went out before it.
    await s.connection.sendRequest(CoverageRequest.type, {});
    const run = spawnSync(process.execPath, [CLI, '--format', 'json', '--locale', 'en', '.'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: { ...process.env, EVIDENCE_PARSE_WORKERS: '0' },
    });
    const cli = JSON.parse(run.stdout) as { diagnostics: { file: string; range: unknown; rule: string; severity: string; message: string }[] };
    const rel = (uri: string) => relative(root, fileURLToPath(uri)) || '.';
    const served = [...s.diagnostics].flatMap(([uri, ds]) =>
      ds.map((d) => ({ file: rel(uri), range: d.range, rule: d.code, severity: SEVERITY[d.severity!], message: d.message })),
    );
    const key = (d: object) => JSON.stringify(d);
    const fromCli = cli.diagnostics.map(({ file, range, rule, severity, message }) => ({ file, range, rule, severity, message }));
    assert.ok(fromCli.length >= 40, 'the CLI found diagnostics');
    assert.deepEqual(served.map(key).sort(), fromCli.map(key).sort());
    assert.deepEqual(s.messages, []);
  });
});
