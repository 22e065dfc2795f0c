// Static check of the extension's localisation: every vscode.l10n.t() string in client/src has a
// zh-cn translation (and no stale ones), every %key% in package.json exists in both nls files.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (f) => fs.readFileSync(path.join(root, f), 'utf8');
const problems = [];
const bundle = JSON.parse(read('l10n/bundle.l10n.zh-cn.json'));
const src = fs
  .readdirSync(path.join(root, 'client/src'))
  .filter((f) => f.endsWith('.ts'))
  .map((f) => read(`client/src/${f}`))
  .join('\n');
const used = new Set([...src.matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)].map((m) => m[1]));
for (const s of used) if (!(s in bundle)) problems.push(`l10n/bundle.l10n.zh-cn.json lacks "${s}"`);
for (const s of Object.keys(bundle)) if (!used.has(s)) problems.push(`l10n/bundle.l10n.zh-cn.json has unused "${s}"`);
const keys = new Set([...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
for (const nls of ['package.nls.json', 'package.nls.zh-cn.json']) {
  const table = JSON.parse(read(nls));
  for (const k of keys) if (!(k in table)) problems.push(`${nls} lacks ${k}`);
  for (const k of Object.keys(table)) if (!keys.has(k)) problems.push(`${nls} has unused ${k}`);
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`l10n ok: ${used.size} runtime strings, ${keys.size} manifest keys`);
