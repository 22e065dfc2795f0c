// Bundles the front ends with esbuild: dist/cli.js, dist/server.js, dist/extension.js.
import { build } from 'esbuild';
import { existsSync, readFileSync, chmodSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const production = process.argv.includes('--production');

const entries = [
  { in: 'server/src/cli/main.ts', out: 'cli'},
  { in: 'server/src/lsp/main.ts', out: 'server' },
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
      define: { CLI_VERSION: JSON.stringify(pkg.version) },
      logLevel: 'warning',
    }),
  ),
);
if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755);
