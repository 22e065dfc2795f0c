// Reads one markdown file and builds its evidence model, reusing an earlier
// parse from the cache when the file is unchanged. Shared by the CLI and the server.
import { parseEvidenceDocument } from '../core';
import type { DocumentCache, DocumentRead } from '../service/folderFiles';
import { readTextFile } from './readTextFile';
import type { ReadLimits } from './readWorkspaceFile';

/** `limits`: the folder the file must lie in and `maxFileSize`. */
export function readDocument(path: string, limits: ReadLimits, cache?: DocumentCache): DocumentRead {
  const read = readTextFile(path, limits);
  if (!read.ok) return { skipped: `${read.reason}: ${read.detail}` };
  const earlier = cache?.earlierVersion(path, read.text);
  const doc = parseEvidenceDocument(path, read.text, earlier);
  if (!earlier) cache?.remember(doc);
  return { doc, encoding: read.encoding, fromCache: earlier !== undefined };
}
