// Bundles the front ends with esbuild: dist/cli.js, dist/server.js, dist/extension.js,
// and dist/parseWorker.js, the parse worker both start from next to themselves.
import { build } from 'esbuild';
import { existsSync, readFileSync, chmodSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');

// The export writers (ExcelJS, docx) are a bundle of their own that the CLI and the
// server load on first export: start-up does not parse them.
const WRITERS = /[\\/]server[\\/]src[\\/]node[\\/]export[\\/]writers(\.ts)?$/;
const writersApart = {
  name: 'writers-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\/writers$/ }, (args) => (WRITERS.test(`${args.resolveDir}/writers`) ? { path: './exporters.js', external: true } : undefined));
  },
};

const entries = [
  { in: 'server/src/cli/main.ts', out: 'cli', plugins: [writersApart] },
  { in: 'server/src/lsp/main.ts', out: 'server', plugins: [writersApart] },
  { in: 'server/src/node/export/writers.ts', out: 'exporters' },
  { in: 'server/src/node/parseWorker.ts', out: 'parseWorker' },
  { in: 'client/src/main.ts', out: 'extension', external: ['vscode'] },
].filter((e) => existsSync(e.in));

await Promise.all(
  entries.map((e) =>
    build({
      entryPoints: { [e.out]: e.in },
      outdir: 'dist',
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      sourcemap: !production,
      minify: production,
      external: e.external ?? [],
      plugins: e.plugins ?? [],
      define: { CLI_VERSION: JSON.stringify(pkg.version) },
      logLevel: 'warning',
    }),
  ),
);
if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
