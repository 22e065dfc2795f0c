import { readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { performance } from 'node:perf_hooks';
import { generateSet } from './generate';
import { parseMarkdown } from '../../server/src/core/parse/markdownParser';
import { chunkStarts } from '../../server/src/core/parse/chunks';
import { parseEvidenceDocument } from '../../server/src/core';
const set = generateSet(join(mkdtempSync(join(tmpdir(), 'p-')), 's'), 100, 10000);
const texts = set.files.map((f) => readFileSync(f, 'utf8'));
const chunked = (t: string, every: number) => { const s = chunkStarts(t).filter((_, i) => i % every === 0); s.forEach((st, i) => parseMarkdown(t.slice(st, s[i + 1] ?? t.length))); };
for (let r = 0; r < 3; r++) {
  let t = performance.now(); texts.forEach((x) => parseMarkdown(x)); const a = performance.now() - t;
  t = performance.now(); texts.forEach((x) => chunked(x, 1)); const b = performance.now() - t;
  t = performance.now(); texts.forEach((x) => chunked(x, 4)); const c = performance.now() - t;
  t = performance.now(); texts.forEach((x, i) => parseEvidenceDocument('/x/' + i, x)); const d = performance.now() - t;
  console.log('whole', Math.round(a), 'chunk1', Math.round(b), 'chunk4', Math.round(c), 'ours', Math.round(d), 'chunks/doc', chunkStarts(texts[0]).length);
}
