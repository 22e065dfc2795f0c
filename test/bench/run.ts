// npm run bench: measures the engine against the parser floor, the CLI cold and warm,
// the language server's start, edit latency, requests and memory, and markdownlint-cli2,
// on generated Chinese evidence sets of 10, 1,000 and 5,000 documents. Prints a table and
// writes bench-results/latest.json. Targets: issue 13 / docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { CompletionRequest, HoverRequest } from 'vscode-languageserver-protocol';
import { analyzeFolder, CatalogRegistry, DEFAULT_CONFIG, parseEvidenceDocument } from '../../server/src/core';
import { builtinCatalogs } from '../../server/src/node/builtinCatalogs';
import { LspSession, uriOf } from '../lsp/helpers/lspSession';
import { generateSet } from './generate';
import { bestOf, peakRssMb, percentile, round, timeAsync } from './measure';

const REPO = resolve(__dirname, '../..');
const quick = process.argv.includes('--quick');
/** Only the language-server measurements (4)–(6), for iterating on the server. */
const lspOnly = process.argv.includes('--lsp-only');
const rows: { name: string; value: number | string; unit: string; target?: string; ok?: boolean }[] = [];
const row = (name: string, value: number | string, unit: string, target?: string, ok?: boolean) => {
  rows.push({ name, value, unit, target, ok });
  console.log(`${name.padEnd(58)} ${String(value).padStart(10)} ${unit.padEnd(6)} ${target ? `${ok ? 'ok  ' : 'MISS'} ${target}` : ''}`);
};

/** How long a server may take to index the largest set before the benchmark gives up. */
const INDEXING_MS = 600_000;

const bare = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);
const registry = new CatalogRegistry();
for (const c of builtinCatalogs()) registry.add(c);

function engineRun(root: string, texts: Map<string, string>): void {
  const documents = [...texts].map(([path, text]) => parseEvidenceDocument(path, text));
  analyzeFolder({ root, config: DEFAULT_CONFIG, catalogs: registry, documents, fs: { exists: () => true }, locale: 'zh-CN', now: new Date() });
}

async function lspLatency(root: string, docPath: string, edits: number, cacheDir?: string) {
  const session = await LspSession.start({ root, locale: 'zh-CN', cacheDir });
  try {
    await session.waitFor('indexing', () => session.progress.some((p) => p.kind === 'end'), INDEXING_MS);
    const text = readFileSync(docPath, 'utf8');
    const uri = await session.open(docPath, text);
    await session.waitForDiagnostics(uri, () => true, uri, INDEXING_MS);
    const line = text.split('\n').length - 2;
    const latencies: number[] = [];
    let previous = '';
    for (let i = 0; i < edits; i++) {
      const insert = ` [x](附件/nope-${i}.pdf)`;
      const lineText = session.text(uri).split('\n')[line];
      const start = { line, character: lineText.length - previous.length };
      latencies.push(
        await timeAsync(async () => {
          await session.edit(uri, [{ range: { start, end: { line, character: lineText.length } }, newText: insert }]);
          await session.waitForDiagnostics(uri, (d) => d.some((x) => x.message.includes(`nope-${i}.pdf`)));
        }),
      );
      previous = insert;
    }
    return { session, uri, latencies: latencies.slice(3) };
  } catch (e) {
    await session.stop();
    throw e;
  }
}

/** Runs a command and returns its wall time and peak RSS (GNU time's %M), and its exit status. */
function timed(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): { ms: number; rssMb?: number; status: number | null } {
  const t = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', 'maxrss=%M', ...args], { encoding: 'utf8', maxBuffer: 1 << 30, ...options });
  const ms = performance.now() - t;
  const m = /maxrss=(\d+)/.exec(r.stderr ?? '');
  return { ms, rssMb: m ? Number(m[1]) / 1024 : undefined, status: r.status };
}

function sizeOf(path: string): number {
  return existsSync(path) ? statSync(path).size : 0;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'evidence-bench-'));
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${round(totalmem() / 2 ** 30)} GiB, node ${process.version}\n`);
  try {
    const sizes = quick ? [10, 100] : [10, 1000, 5000];
    const sets = new Map<number, ReturnType<typeof generateSet>>();
    const floors = new Map<number, number>();
    for (const n of sizes) {
      const set = generateSet(join(work, `set${n}`), n);
      sets.set(n, set);
      if (lspOnly) continue;
      const texts = new Map(set.files.map((f) => [f, readFileSync(f, 'utf8')]));
      const runs = n >= 5000 ? 1 : n >= 1000 ? 3 : 5;
      const floor = bestOf(runs, () => texts.forEach((t) => bare.parse(t)));
      floors.set(n, floor);
      const engine = bestOf(runs, () => engineRun(set.root, texts));
      row(`(1) bare remark parse, one thread, ${n} docs (${round(set.bytes / 1e6, 2)} MB)`, round(floor), 'ms');
      row(`(2) engine cold analysis, one thread, ${n} docs`, round(engine), 'ms');
      row(`(2)/(1) engine over parse floor, ${n} docs`, round(engine / floor, 2), '×');
    }

    const big = generateSet(join(work, 'big'), 1, 2_000_000);
    const mid = sets.get(quick ? 100 : 1000)!;
    const largest = sets.get(sizes[sizes.length - 1])!;
    if (!lspOnly) {
      const cli = join(REPO, 'dist/cli.js');
      for (const set of new Set([mid, largest])) {
        const n = set.files.length;
        // Cold: no cache, the pool of parse workers; then the same with parsing kept on the main thread.
        const cold = timed([process.execPath, cli, set.root, '--format', 'json']);
        const single = timed([process.execPath, cli, set.root, '--format', 'json'], { env: { ...process.env, EVIDENCE_PARSE_WORKERS: '0' } });
        const floor = floors.get(n)!;
        row(`(7) evidence-lint cold, ${n} docs (parse workers)`, round(cold.ms), 'ms');
        row(`(7) evidence-lint cold, ${n} docs, parsing on one thread`, round(single.ms), 'ms');
        row(
          `(7) evidence-lint cold / one-thread parse floor, ${n} docs`,
          round(cold.ms / floor, 2),
          '×',
          n === 1000 ? '≤ 0.7' : undefined,
          cold.ms / floor <= 0.7,
        );
        row(`(7) evidence-lint peak RSS, ${n} docs`, cold.rssMb === undefined ? 'n/a' : round(cold.rssMb), 'MB');
        // Warm: a first --cache run writes .evidence-cache/, the second reads it.
        timed([process.execPath, cli, set.root, '--format', 'json', '--cache']);
        const warm = timed([process.execPath, cli, set.root, '--format', 'json', '--cache']);
        const cacheBytes = sizeOf(join(set.root, '.evidence-cache', 'parse-cache.br'));
        row(`(3) evidence-lint --cache warm, ${n} docs`, round(warm.ms), 'ms');
        row(`(3) warm / cold evidence-lint, ${n} docs`, round(warm.ms / cold.ms, 2), '×', '≤ 0.15', warm.ms / cold.ms <= 0.15);
        row(`(3) cache file / markdown text, ${n} docs`, round(cacheBytes / set.bytes, 2), '×', '< 1', cacheBytes < set.bytes);
        rmSync(join(set.root, '.evidence-cache'), { recursive: true, force: true });
      }
      const mdl = timed([process.execPath, join(REPO, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), '**/*.md'], { cwd: mid.root });
      const ours = timed([process.execPath, join(REPO, 'dist/cli.js'), mid.root, '--format', 'json']);
      row(`(7) evidence-lint / markdownlint-cli2, ${mid.files.length} docs`, round(ours.ms / mdl.ms, 2), '×', '< 1', ours.ms < mdl.ms);
      const bigText = readFileSync(big.files[0], 'utf8');
      row('(2) engine on one 2 MB document', round(bestOf(3, () => engineRun(big.root, new Map([[big.files[0], bigText]])))), 'ms');
    }

    const p = (xs: number[], q: number) => round(percentile(xs, q));
    const small = await lspLatency(sets.get(10)!.root, sets.get(10)!.files[0], 23);
    await small.session.stop();
    row('(4) edit → diagnostics p50, 10 docs', p(small.latencies, 50), 'ms');
    row('(4) edit → diagnostics p95, 10 docs', p(small.latencies, 95), 'ms');
    for (const set of new Set([mid, largest])) {
      const n = set.files.length;
      // (3) Server cold start: the first index (no parse cache) until a closed document's diagnostics arrive.
      const cacheDir = join(work, `cache${n}`);
      let first: LspSession | undefined;
      const coldStart = await timeAsync(async () => {
        first = await LspSession.start({ root: set.root, locale: 'zh-CN', cacheDir });
        await first.waitForDiagnostics(uriOf(set.files[1]), (d) => d.length > 0, 'first diagnostics', INDEXING_MS);
      });
      await first!.waitFor('indexing', () => first!.progress.some((x) => x.kind === 'end'), INDEXING_MS);
      await first!.stop();
      // A restart on the unchanged workspace, with the parse cache the first start wrote.
      const warm = await timeAsync(async () => {
        const again = await LspSession.start({ root: set.root, locale: 'zh-CN', cacheDir });
        await again.waitForDiagnostics(uriOf(set.files[1]), (d) => d.length > 0, 'first diagnostics', INDEXING_MS);
        await again.stop();
      });
      row(`(3) server cold start to first diagnostics, ${n} docs`, round(coldStart), 'ms');
      row(`(3) server restart, unchanged workspace (cache), ${n} docs`, round(warm), 'ms');
      row(`(3) warm / cold server start, ${n} docs`, round(warm / coldStart, 2), '×', '≤ 0.15', warm / coldStart <= 0.15);

      const run = await lspLatency(set.root, set.files[0], 23);
      const s = run.session;
      row(`(4) edit → diagnostics p50, ${n} docs`, p(run.latencies, 50), 'ms');
      row(`(4) edit → diagnostics p95, ${n} docs`, p(run.latencies, 95), 'ms');
      const ratio = percentile(run.latencies, 95) / percentile(small.latencies, 95);
      row(`(4) p95 ratio ${n} / 10 docs`, round(ratio, 2), '×', n >= 5000 ? '≤ 1.3' : undefined, ratio <= 1.3);
      const completions: number[] = [];
      const hovers: number[] = [];
      for (let i = 0; i < 40; i++) {
        completions.push(
          await timeAsync(() => s.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: run.uri }, position: { line: 6, character: 6 } })),
        );
        hovers.push(
          await timeAsync(() => s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: run.uri }, position: { line: 6, character: 5 } })),
        );
      }
      row(`(5) completion p95, ${n} docs`, p(completions.slice(5), 95), 'ms', '≤ 10', percentile(completions.slice(5), 95) <= 10);
      row(`(5) hover p95, ${n} docs`, p(hovers.slice(5), 95), 'ms', '≤ 10', percentile(hovers.slice(5), 95) <= 10);
      const rss = peakRssMb(s.pid);
      const cap = n >= 5000 ? 600 : n >= 1000 ? 200 : undefined;
      row(
        `(6) server peak RSS, ${n} docs`,
        rss === undefined ? 'n/a' : round(rss),
        'MB',
        cap ? `≤ ${cap}` : undefined,
        rss !== undefined && cap !== undefined && rss <= cap,
      );
      await s.stop();
    }

    const bigRun = await lspLatency(big.root, big.files[0], 8);
    await bigRun.session.stop();
    row('2 MB document: edit → diagnostics p95', p(bigRun.latencies, 95), 'ms', '≤ 1000', percentile(bigRun.latencies, 95) <= 1000);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  if (process.argv.includes('--write-docs')) writeDocs(join(REPO, 'docs/benchmarks.md'));
  mkdirSync(join(REPO, 'bench-results'), { recursive: true });
  writeFileSync(
    join(REPO, 'bench-results/latest.json'),
    JSON.stringify(
      {
        date: new Date().toISOString(),
        machine: { cpus: cpus().length, model: cpus()[0]?.model, memGiB: round(totalmem() / 2 ** 30), node: process.version },
        rows,
      },
      null,
      2,
    ),
  );
}

/** Replaces the table between the markers of docs/benchmarks.md; the prose around it is kept. */
function writeDocs(file: string): void {
  const table = [
    `Run: ${new Date().toISOString().slice(0, 10)}, ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${round(totalmem() / 2 ** 30)} GiB, Node ${process.version}.`,
    '',
    '| measurement | value | unit | target | met |',
    '| --- | ---: | --- | --- | --- |',
    ...rows.map((r) => `| ${r.name} | ${r.value} | ${r.unit} | ${r.target ?? ''} | ${r.target ? (r.ok ? 'yes' : '**no**') : ''} |`),
  ].join('\n');
  const START = '<!-- bench:start -->';
  const END = '<!-- bench:end -->';
  const current = existsSync(file) ? readFileSync(file, 'utf8') : `# Benchmarks\n\n${START}\n${END}\n`;
  const a = current.indexOf(START);
  const b = current.indexOf(END);
  if (a < 0 || b < a) throw new Error(`${file} lacks the ${START} … ${END} markers`);
  writeFileSync(file, `${current.slice(0, a + START.length)}\n${table}\n${current.slice(b)}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
