// What a parse made elsewhere hands over (a worker thread, the parse cache):
// the pieces' facts and the frontmatter read from them, plain data, so the
// main thread neither runs micromark nor the YAML parser for that text again.
import { LineIndex } from '../text/lineIndex';
import { parseChunks, restoreChunks } from './chunks';
import type { EarlierVersion } from './evidenceDocument';
import { frontmatterOf, type Frontmatter } from './frontmatter';
import type { MarkdownFacts } from './markdownFacts';

export interface ParsedPieces {
  facts: MarkdownFacts[];
  frontmatter?: Frontmatter;
}

export function parsePieces(text: string): ParsedPieces {
  const facts = parseChunks(text).map((c) => c.facts);
  // The first piece starts the document: a frontmatter block can only be there.
  const yaml = facts[0]?.yaml;
  return yaml ? { facts, frontmatter: frontmatterOf(yaml, text, new LineIndex(text)) } : { facts };
}

/** The earlier version these pieces make of this very text; undefined if they do not fit it. */
export function restorePieces(text: string, pieces: ParsedPieces): EarlierVersion | undefined {
  const chunks = restoreChunks(text, pieces.facts);
  return chunks && { chunks, text, ...(pieces.frontmatter ? { frontmatter: pieces.frontmatter } : {}) };
}
