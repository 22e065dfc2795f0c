// Reads one markdown file and builds its evidence model, reusing an earlier
// parse from the cache when the file is unchanged. Shared by the CLI and the server.
import { parseEvidenceDocument, restorePieces, type EarlierVersion, type ParsedPieces } from '../core';
import type { DocumentCache, DocumentRead } from '../service/folderFiles';
import { readTextFile, type ReadResult } from './readTextFile';
import type { ReadLimits } from './readWorkspaceFile';

/** What a read-ahead (readAhead.ts) did for a file before its turn: read it, found it in the cache or had it parsed. */
export interface PreparedRead {
  read: ReadResult;
  cached?: EarlierVersion;
  parsed?: ParsedPieces;
}

/** `limits`: the folder the file must lie in and `maxFileSize`; `prepared`: the file as a read-ahead already read it. */
export function readDocument(path: string, limits: ReadLimits, cache?: DocumentCache, prepared?: PreparedRead): DocumentRead {
  const read = prepared?.read ?? readTextFile(path, limits);
  if (!read.ok) return { skipped: `${read.reason}: ${read.detail}` };
  const earlier = prepared ? prepared.cached : cache?.earlierVersion(path, read.text);
  const parsed = !earlier && prepared?.parsed ? restorePieces(read.text, prepared.parsed) : undefined;
  const doc = parseEvidenceDocument(path, read.text, earlier ?? parsed);
  if (!earlier) cache?.remember(doc);
  return { doc, encoding: read.encoding, fromCache: earlier !== undefined };
}
