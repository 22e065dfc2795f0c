import { readFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { analyzeFolder, CatalogRegistry, DEFAULT_CONFIG, parseEvidenceDocument } from '../../server/src/core';
import { builtinCatalogs } from '../../server/src/node/builtinCatalogs';
import { generateSet } from './generate';
const registry = new CatalogRegistry(); for (const c of builtinCatalogs()) registry.add(c);
const set = generateSet(join(mkdtempSync(join(tmpdir(), 'p-')), 's'), 100, 10000);
const texts = set.files.map((f) => [f, readFileSync(f, 'utf8')] as const);
for (let r = 0; r < 6; r++) {
  const docs = texts.map(([p, x]) => parseEvidenceDocument(p, x));
  analyzeFolder({ root: set.root, config: DEFAULT_CONFIG, catalogs: registry, documents: docs, fs: { exists: () => true }, locale: 'zh-CN', now: new Date() });
}
