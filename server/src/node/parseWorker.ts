// A parse worker of the pool (parsePool.ts): texts in, each text's pieces'
// facts and frontmatter out (plain data, cloned back to the main thread).
// Bundled on its own as dist/parseWorker.js: the markdown and YAML parsers,
// no rules or catalogs.
import { parentPort } from 'node:worker_threads';
import { parsePieces, type ParsedPieces } from '../core/parse/pieces';

export interface ParseRequest {
  id: number;
  texts: string[];
}

export type ParseReply = { id: number; pieces: ParsedPieces[] } | { id: number; error: string };

parentPort?.on('message', ({ id, texts }: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { id, pieces: texts.map(parsePieces) };
  } catch (e) {
    reply = { id, error: String(e) };
  }
  parentPort?.postMessage(reply);
});
