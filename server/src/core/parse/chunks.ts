// Parses a document in pieces that start at ATX headings. Micromark's cost per
// byte grows with document size (a 2 MB file parses ~5× slower per byte than
// 10 KB files), and after an edit only the pieces whose text changed are parsed
// again: the rest reuse the facts of the previous version.
import { scanBlocks } from './blockScan';
import { collectFacts, emptyFacts, type MarkdownFacts } from './markdownFacts';

export interface Chunk {
  start: number;
  text: string;
  facts: MarkdownFacts;
}

/** Link reference definitions are document-wide; each piece gets them all (see below). */
const DEFINITION = /^ {0,3}\[(?:[^\]\\\r\n]|\\.)+\]:[ \t]*\S.*$/gm;

/**
 * Offsets where a piece may start: ATX headings at the document level that
 * nothing before them goes on into (no list item, quote, fenced code, HTML
 * block or frontmatter), so a piece parses as the same part of the whole would.
 */
export function chunkStarts(text: string): number[] {
  const { lineStarts, fresh, heading, wholeOnly } = scanBlocks(text);
  const starts = [0];
  if (wholeOnly) return starts;
  for (let i = 0; i < lineStarts.length; i++) if (lineStarts[i] > 0 && fresh[i] && heading[i]) starts.push(lineStarts[i]);
  return starts;
}

/**
 * The pieces' sources: the text from each piece start, followed by the
 * document's link reference definitions. A reference like [记录][r] only
 * resolves when its definition is in the same parse; appended after the piece,
 * the definitions shift no offset.
 */
function pieceSources(text: string): { start: number; length: number; source: string }[] {
  const definitions = text.match(DEFINITION)?.join('\n') ?? '';
  const starts = chunkStarts(text);
  return starts.map((start, i) => {
    const chunk = text.slice(start, starts[i + 1] ?? text.length);
    return { start, length: chunk.length, source: definitions ? `${chunk}\n\n${definitions}\n` : chunk };
  });
}

/** The document's pieces, reusing facts of identical pieces of `previous`. */
export function parseChunks(text: string, previous?: readonly Chunk[]): Chunk[] {
  const reusable = new Map<string, MarkdownFacts>();
  for (const c of previous ?? []) reusable.set(c.text, c.facts);
  return pieceSources(text).map(({ start, length, source }) => ({
    start,
    text: source,
    facts: reusable.get(source) ?? trimTo(collectFacts(source), length),
  }));
}

/** Pieces of `text` with facts kept from an earlier parse of the very same text (e.g. a cache); undefined if they do not fit. */
export function restoreChunks(text: string, facts: readonly MarkdownFacts[]): Chunk[] | undefined {
  const sources = pieceSources(text);
  if (sources.length !== facts.length) return undefined;
  return sources.map(({ start, source }, i) => ({ start, text: source, facts: facts[i] }));
}

/** Drops what lies in the appended definitions. */
function trimTo(f: MarkdownFacts, length: number): MarkdownFacts {
  if (f.headings.length + f.runs.length + f.links.length === 0) return f;
  const inside = <T extends { start: number }>(xs: T[]) => xs.filter((x) => x.start < length);
  return { headings: inside(f.headings), runs: inside(f.runs), links: inside(f.links), refs: inside(f.refs), html: inside(f.html), yaml: f.yaml };
}

/** All pieces' facts in document offsets. */
export function mergeChunks(chunks: readonly Chunk[]): MarkdownFacts {
  const out = emptyFacts();
  for (const { start, facts } of chunks) {
    const shift = <T extends { start: number; end?: number }>(x: T): T => ({
      ...x,
      start: x.start + start,
      ...(x.end !== undefined ? { end: x.end + start } : {}),
    });
    for (const h of facts.headings) out.headings.push({ ...shift(h), contentStart: h.contentStart + start, contentEnd: h.contentEnd + start });
    for (const r of facts.runs) out.runs.push(shift(r));
    for (const l of facts.links) out.links.push(shift(l));
    for (const r of facts.refs) out.refs.push(shift(r));
    for (const h of facts.html) out.html.push(shift(h));
    if (facts.yaml && start === 0) out.yaml = facts.yaml;
  }
  return out;
}
