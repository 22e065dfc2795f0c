// npm run bench: measures the engine against the parser floor, the language
// server's latencies, and markdownlint-cli2, on generated Chinese evidence sets.
// Prints a table and writes bench-results/latest.json. Targets: issue 5 / docs/benchmarks.md.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    await session.waitFor('indexing', () => session.progress.some((p) => p.kind === 'end'));
    const text = readFileSync(docPath, 'utf8');
    const uri = await session.open(docPath, text);
    await session.waitForDiagnostics(uri, () => true);
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

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'evidence-bench-'));
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${round(totalmem() / 2 ** 30)} GiB, node ${process.version}\n`);
  try {
    const sizes = quick ? [10, 100] : [10, 100, 1000];
    const sets = new Map<number, ReturnType<typeof generateSet>>();
    const engineMs = new Map<number, number>();
    for (const n of sizes) {
      const set = generateSet(join(work, `set${n}`), n);
      sets.set(n, set);
      if (lspOnly) continue;
      const texts = new Map(set.files.map((f) => [f, readFileSync(f, 'utf8')]));
      const runs = n >= 1000 ? 3 : 5;
      const floor = bestOf(runs, () => texts.forEach((t) => bare.parse(t)));
      const engine = bestOf(runs, () => engineRun(set.root, texts));
      engineMs.set(n, engine);
      row(`(1) bare remark parse, ${n} docs (${round(set.bytes / 1e6, 2)} MB)`, round(floor), 'ms');
      row(`(1) parser throughput, ${n} docs`, round(set.bytes / 1e6 / (floor / 1000), 2), 'MB/s');
      row(`(2) engine cold analysis, ${n} docs`, round(engine), 'ms');
      row(`(2)/(1) engine over parse floor, ${n} docs`, round(engine / floor, 2), '×', '≤ 1.2', engine / floor <= 1.2);
    }

    const big = generateSet(join(work, 'big'), 1, 2_000_000);
    const largest = sets.get(sizes[sizes.length - 1])!;
    if (!lspOnly) {
      const bigText = readFileSync(big.files[0], 'utf8');
      row('(2) engine on one 2 MB document', round(bestOf(3, () => engineRun(big.root, new Map([[big.files[0], bigText]])))), 'ms');
      const cli = await timeAsync(() =>
        Promise.resolve(spawnSync(process.execPath, [join(REPO, 'dist/cli.js'), largest.root, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 28 })),
      );
      const mdl = await timeAsync(() =>
        Promise.resolve(
          spawnSync(process.execPath, [join(REPO, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), '**/*.md'], {
            cwd: largest.root,
            encoding: 'utf8',
            maxBuffer: 1 << 28,
          }),
        ),
      );
      row(`(7) evidence-lint CLI, ${largest.files.length} docs`, round(cli), 'ms');
      row(`(7) markdownlint-cli2, same files`, round(mdl), 'ms');
      row('(7) evidence-lint / markdownlint-cli2', round(cli / mdl, 2), '×', '< 1', cli < mdl);
    }
    const small = await lspLatency(sets.get(10)!.root, sets.get(10)!.files[0], 23);
    await small.session.stop();
    // The first start writes the parse cache that the warm start (3) reads.
    const cacheDir = join(work, 'cache');
    const large = await lspLatency(largest.root, largest.files[0], 23, cacheDir);
    const p = (xs: number[], q: number) => round(percentile(xs, q));
    row('(4) keystroke → diagnostics p50, 10 docs', p(small.latencies, 50), 'ms');
    row('(4) keystroke → diagnostics p95, 10 docs', p(small.latencies, 95), 'ms');
    row(`(4) keystroke → diagnostics p50, ${largest.files.length} docs`, p(large.latencies, 50), 'ms');
    row(`(4) keystroke → diagnostics p95, ${largest.files.length} docs`, p(large.latencies, 95), 'ms');
    const ratio = percentile(large.latencies, 95) / percentile(small.latencies, 95);
    row(`(4) p95 ratio ${largest.files.length} / 10 docs`, round(ratio, 2), '×', '≤ 1.5', ratio <= 1.5);

    const s = large.session;
    // (3) A second start on the unchanged workspace, with the parse cache the first one wrote,
    // until a closed document's diagnostics arrive.
    const warm = await timeAsync(async () => {
      const again = await LspSession.start({ root: largest.root, locale: 'zh-CN', cacheDir });
      await again.waitForDiagnostics(uriOf(largest.files[1]), (d) => d.length > 0);
      await again.stop();
    });
    row(`(3) server restart on the unchanged workspace (parse cache), ${largest.files.length} docs`, round(warm), 'ms');
    const cold = engineMs.get(largest.files.length);
    if (cold !== undefined) row('(3)/(2) warm start over cold engine analysis', round(warm / cold, 2), '×', '≤ 0.1', warm / cold <= 0.1);
    const completions: number[] = [];
    const hovers: number[] = [];
    for (let i = 0; i < 40; i++) {
      completions.push(
        await timeAsync(() => s.connection.sendRequest(CompletionRequest.type, { textDocument: { uri: large.uri }, position: { line: 6, character: 6 } })),
      );
      hovers.push(
        await timeAsync(() => s.connection.sendRequest(HoverRequest.type, { textDocument: { uri: large.uri }, position: { line: 6, character: 5 } })),
      );
    }
    row(`(5) completion p95, ${largest.files.length} docs`, p(completions.slice(5), 95), 'ms', '≤ 10', percentile(completions.slice(5), 95) <= 10);
    row(`(5) hover p95, ${largest.files.length} docs`, p(hovers.slice(5), 95), 'ms', '≤ 10', percentile(hovers.slice(5), 95) <= 10);
    const rss = peakRssMb(s.pid);
    row(`(6) server peak RSS, ${largest.files.length} docs`, rss === undefined ? 'n/a' : round(rss), 'MB', '≤ 300', rss !== undefined && rss <= 300);
    await s.stop();
    // The same with a capped V8 heap: how much of the peak is live data and how much lazy heap growth.
    process.env.EVIDENCE_SERVER_NODE_ARGS = '--max-old-space-size=192';
    const capped = await lspLatency(largest.root, largest.files[0], 8);
    delete process.env.EVIDENCE_SERVER_NODE_ARGS;
    const cappedRss = peakRssMb(capped.session.pid);
    await capped.session.stop();
    row(`(6) same, server run with --max-old-space-size=192`, cappedRss === undefined ? 'n/a' : round(cappedRss), 'MB');
    row(`(4) keystroke → diagnostics p95 with that heap cap, ${largest.files.length} docs`, p(capped.latencies, 95), 'ms');

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
