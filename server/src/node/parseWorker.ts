// A parse worker of the pool (parsePool.ts): texts in, each text's pieces'
// facts out (plain data, cloned back to the main thread). Bundled on its own
// as dist/parseWorker.js: only the markdown parser, no rules or catalogs.
import { parentPort } from 'node:worker_threads';
import { parseChunks } from '../core/parse/chunks';
import type { MarkdownFacts } from '../core/parse/markdownFacts';

export interface ParseRequest {
  id: number;
  texts: string[];
}

export type ParseReply = { id: number; facts: MarkdownFacts[][] } | { id: number; error: string };

parentPort?.on('message', ({ id, texts }: ParseRequest) => {
  let reply: ParseReply;
  try {
    reply = { id, facts: texts.map((text) => parseChunks(text).map((c) => c.facts)) };
  } catch (e) {
    reply = { id, error: String(e) };
  }
  parentPort?.postMessage(reply);
});
