// File events that arrive while a large folder is being scanned are not lost:
// afterwards the server's diagnostics and coverage equal a fresh CLI run over
// the same folder (`evidence-lint --format json`).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DidChangeWatchedFilesNotification, FileChangeType, type FileEvent } from 'vscode-languageserver-protocol/node';
import type { CoverageJson } from '../../server/src/core';
import { builtinCatalogs } from '../../server/src/node/builtinCatalogs';
import { CoverageRequest } from '../../server/src/protocol/protocol';
import { FRONTMATTER, makeWorkspace, removeWorkspace } from './helpers/fixture';
import { LspSession, uriOf } from './helpers/lspSession';

const CLI = resolve(__dirname, '../../dist/cli.js');
const FILES = 3000;
const leaves = builtinCatalogs()[0].leaves();

/** A document with a clause section, a broken link and (for some) an unknown clause; `version` changes what it covers. */
function doc(i: number, version = 0): string {
  const leaf = leaves[(i * 7 + version * 3) % leaves.length];
  const unknown = i % 9 === version ? `\n## 5.9.${i % 7} 不存在\n\n正文。\n` : '';
  return FRONTMATTER + `# 文件 ${i}\n\n## ${leaf.id} ${leaf.title.zh}\n\n第 ${i} 号文件（版本 ${version}）的证据。[附件](附件/${i}.pdf)\n${unknown}`;
}

const SEVERITY = ['', 'error', 'warning', 'info', 'hint'];

describe('LSP index equals the disk after events during a scan', () => {
  let root: string;
  let session: LspSession | undefined;
  after(async () => {
    await session?.stop();
    if (root) removeWorkspace(root);
  });

  it(`applies deletes, renames, rewrites and creations made while ${FILES} files are scanned`, async function () {
    this.timeout(180000);
    const files: Record<string, string> = { 'index.md': FRONTMATTER + '# 证据总览\n' };
    for (let i = 0; i < FILES; i++) files[`dir${i % 30}/doc${String(i).padStart(4, '0')}.md`] = doc(i);
    root = makeWorkspace(files);
    const path = (i: number) => `${root}/dir${i % 30}/doc${String(i).padStart(4, '0')}.md`;
    const s = (session = await LspSession.start({ root, locale: 'en' }));
    await s.waitFor('the scan under way', () => s.progress.some((p) => p.kind === 'report'));

    const events: FileEvent[] = [];
    const event = (p: string, type: FileChangeType) => events.push({ uri: uriOf(p), type });
    mkdirSync(`${root}/renamed`);
    mkdirSync(`${root}/new`);
    for (let i = 0; i < FILES; i++) {
      if (i % 20 === 0) {
        unlinkSync(path(i)); // 150 deleted
        event(path(i), FileChangeType.Deleted);
      } else if (i % 20 === 1) {
        const to = `${root}/renamed/moved${i}.md`; // 150 renamed
        renameSync(path(i), to);
        event(path(i), FileChangeType.Deleted);
        event(to, FileChangeType.Created);
      } else if (i % 30 === 2) {
        writeFileSync(path(i), doc(i, 1)); // 100 rewritten
        event(path(i), FileChangeType.Changed);
      }
    }
    for (let k = 0; k < 50; k++) {
      writeFileSync(`${root}/new/new${k}.md`, doc(FILES + k, 2)); // 50 created
      event(`${root}/new/new${k}.md`, FileChangeType.Created);
    }
    assert.equal(events.length, 150 + 300 + 100 + 50);
    // Without this the test would not test anything: the scan must still be running.
    assert.equal(
      s.progress.some((p) => p.kind === 'end'),
      false,
      'the scan was still running when the events were sent',
    );
    for (let k = 0; k < events.length; k += 100)
      await s.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: events.slice(k, k + 100) });

    const coverage = await s.connection.sendRequest(CoverageRequest.type, {});
    const run = spawnSync(process.execPath, [CLI, '--format', 'json', '--locale', 'en', '.'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
    assert.equal(run.status, 1, 'the CLI found errors (broken attachments)');
    const cli = JSON.parse(run.stdout) as {
      diagnostics: { file: string; range: unknown; rule: string; severity: string; message: string }[];
      coverage: CoverageJson[];
    };

    // Every diagnostic the server published (the coverage request waited for the analysis, and its
    // diagnostics went out before the answer), in the CLI's shape.
    const rel = (uri: string) => relative(root, fileURLToPath(uri)) || '.';
    const served = [...s.diagnostics].flatMap(([uri, ds]) =>
      ds.map((d) => ({ file: rel(uri), range: d.range, rule: d.code, severity: SEVERITY[d.severity!], message: d.message })),
    );
    const key = (d: object) => JSON.stringify(d);
    const fromCli = cli.diagnostics.map(({ file, range, rule, severity, message }) => ({ file, range, rule, severity, message }));
    assert.ok(fromCli.length > FILES, 'the CLI found diagnostics');
    assert.deepEqual(served.map(key).sort(), fromCli.map(key).sort());

    const servedCoverage = coverage.map((c) => ({
      ...c,
      root: rel(c.root),
      clauses: c.clauses.map((x) => ({ ...x, locations: x.locations.map((l) => ({ ...l, file: rel(l.file) })) })),
    }));
    assert.deepEqual(servedCoverage, cli.coverage);
    // Files that merely moved were not "skipped".
    assert.deepEqual(s.messages, []);
  });
});
