// Parses a document in pieces that start at ATX headings. Micromark's cost per
// byte grows with document size (a 2 MB file parses ~5× slower per byte than
// 10 KB files), and after an edit only the pieces whose text changed are parsed
// again: the rest reuse the facts of the previous version.
import { collectFacts, emptyFacts, type MarkdownFacts } from './markdownFacts';

export interface Chunk {
  start: number;
  text: string;
  facts: MarkdownFacts;
}

const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
const FRONTMATTER_BLOCK = /^---[ \t]*\r?\n(?:[\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
/** Link reference definitions are document-wide; each piece gets them all (see below). */
const DEFINITION = /^ {0,3}\[(?:[^\]\\\r\n]|\\.)+\]:[ \t]*\S.*$/gm;

interface LineState {
  offset: number;
  line: string;
  /** Start of the frontmatter, fenced code or HTML comment open at the line's start, if any. */
  blockBefore?: number;
  /** …and at its end. */
  blockAfter?: number;
}

/** Walks the lines of a text, tracking frontmatter, fenced code and multi-line HTML comments. */
function* scanLines(text: string): Generator<LineState> {
  let offset = 0;
  let fence: string | undefined;
  // Frontmatter only when its closing fence exists (as remark-frontmatter reads it); an unclosed `---` is a rule.
  let kind: 'frontmatter' | 'fence' | 'comment' | undefined = FRONTMATTER_BLOCK.test(text) ? 'frontmatter' : undefined;
  let block: number | undefined = kind ? 0 : undefined;
  while (offset < text.length) {
    const nl = text.indexOf('\n', offset);
    const end = nl < 0 ? text.length : nl + 1;
    const line = text.slice(offset, end).replace(/\r?\n$/, '');
    const blockBefore = block;
    if (kind === 'frontmatter') {
      if (offset > 0 && /^---[ \t]*$/.test(line)) kind = block = undefined;
    } else if (kind === 'fence') {
      const m = FENCE.exec(line);
      if (m && m[1][0] === fence![0] && m[1].length >= fence!.length && line.trim() === m[1]) kind = block = undefined;
    } else if (kind === 'comment') {
      if (line.includes('-->')) kind = block = undefined;
    } else {
      const m = FENCE.exec(line);
      if (m) [kind, fence, block] = ['fence', m[1], offset];
      // An HTML comment block starts a line (CommonMark HTML block type 2).
      else if (/^ {0,3}<!--/.test(line) && !line.slice(line.indexOf('<!--') + 4).includes('-->')) [kind, block] = ['comment', offset];
    }
    yield { offset, line, blockBefore, blockAfter: block };
    offset = end;
  }
}

/** Offsets where a piece may start: ATX headings outside frontmatter, fenced code and HTML comments. */
export function chunkStarts(text: string): number[] {
  const starts = [0];
  for (const s of scanLines(text)) {
    if (s.offset > 0 && s.blockBefore === undefined && s.blockAfter === undefined && ATX_HEADING.test(s.line)) starts.push(s.offset);
  }
  return starts;
}

/** Per line of the last text asked about: its start offset, and the block open at its end (or -1). */
let openBlocks: { text: string; lineStarts: number[]; open: number[] } | undefined;

/**
 * Start of the fenced code block or HTML comment still open at the end of the
 * line holding `offset` (text inserted there would become part of it), if any.
 * Fixes ask once per section: the text is scanned once, then looked up.
 */
export function openBlockAt(text: string, offset: number): number | undefined {
  if (openBlocks?.text !== text) {
    openBlocks = { text, lineStarts: [], open: [] };
    for (const s of scanLines(text)) {
      openBlocks.lineStarts.push(s.offset);
      openBlocks.open.push(s.blockAfter ?? -1);
    }
  }
  const { lineStarts, open } = openBlocks;
  // The last line starting at or before the offset.
  let lo = -1;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo >= 0 && open[lo] >= 0 ? open[lo] : undefined;
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
    const shift = <T extends { start: number; end?: number }>(x: T): T => ({ ...x, start: x.start + start, ...(x.end !== undefined ? { end: x.end + start } : {}) });
    for (const h of facts.headings) out.headings.push({ ...shift(h), contentStart: h.contentStart + start, contentEnd: h.contentEnd + start });
    for (const r of facts.runs) out.runs.push(shift(r));
    for (const l of facts.links) out.links.push(shift(l));
    for (const r of facts.refs) out.refs.push(shift(r));
    for (const h of facts.html) out.html.push(shift(h));
    if (facts.yaml && start === 0) out.yaml = facts.yaml;
  }
  return out;
}
