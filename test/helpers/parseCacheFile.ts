// The parse cache file as its format is documented (node/parseCache.ts): brotli
// over a header line and one line per document, `JSON path \t hash \t HMAC \t
// the parse as JSON: {facts, frontmatter}`. Tests read and plant entries
// through this, not through the cache.
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, brotliDecompressSync } from 'node:zlib';

export interface CacheLine {
  path: string;
  hash: string;
  mac: string;
  facts: string;
}

export function readCacheFile(file: string): { header: string; entries: CacheLine[] } {
  const [header, ...lines] = brotliDecompressSync(readFileSync(file)).toString('utf8').split('\n');
  return {
    header,
    entries: lines.map((line) => {
      const [path, hash, mac, facts] = line.split('\t');
      return { path: JSON.parse(path) as string, hash, mac, facts };
    }),
  };
}

export function writeCacheFile(file: string, data: { header: string; entries: CacheLine[] }): void {
  const lines = [data.header, ...data.entries.map((e) => [JSON.stringify(e.path), e.hash, e.mac, e.facts].join('\t'))];
  writeFileSync(file, brotliCompressSync(lines.join('\n')));
}
