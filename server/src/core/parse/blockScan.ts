// A line-by-line reading of CommonMark's block structure, just deep enough to
// tell where a line starts afresh at the document level: no block quote or
// list item goes on into it, and no fenced code, HTML block (all 7 kinds),
// indented code or paragraph swallows it. Markdown may be split into pieces
// at such lines (chunks.ts) and inserted sections may go before them
// (fixes/insertionPlace.ts): the text before cannot change how they parse.
// A full parse is what micromark is for; this only tracks open blocks.

import { defuseDeepNesting } from './markdownParser';

const TAB = 4;
const FRONTMATTER_BLOCK = /^---[ \t]*(?:\r\n|\r|\n)(?:[\s\S]*?(?:\r\n|\r|\n))?---[ \t]*(?:\r\n|\r|\n|$)/;
const ATX_HEADING = /^#{1,6}(?:[ \t]|$)/;
const FENCE_OPEN = /^(?:(`{3,})[^`]*|(~{3,}).*)$/;
const FENCE_CLOSE = /^(`{3,}|~{3,})[ \t]*$/;
const THEMATIC_BREAK = /^(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$/;
const SETEXT_UNDERLINE = /^(?:=+|-+)[ \t]*$/;
const BULLET = /^([-+*])(?=[ \t]|$)/;
const ORDERED = /^(\d{1,9})([.)])(?=[ \t]|$)/;

// CommonMark's HTML block kinds: start condition and end condition (6 and 7 end at a blank line).
const RAW_NAMES = 'pre|script|style|textarea';
const BLOCK_NAMES =
  'address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h1|h2|h3|h4|h5|h6|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul';
const ATTRIBUTE = `(?:[ \\t]+[A-Za-z_:][A-Za-z0-9_.:-]*(?:[ \\t]*=[ \\t]*(?:[^ \\t"'=<>\`]+|'[^']*'|"[^"]*"))?)`;
const HTML_STARTS: [RegExp, RegExp | undefined][] = [
  [new RegExp(`^<(?:${RAW_NAMES})(?:[ \\t>]|$)`, 'i'), new RegExp(`</(?:${RAW_NAMES})>`, 'i')],
  [/^<!--/, /-->/],
  [/^<\?/, /\?>/],
  [/^<![A-Za-z]/, />/],
  [/^<!\[CDATA\[/, /\]\]>/],
  [new RegExp(`^</?(?:${BLOCK_NAMES})(?:[ \\t>]|/>|$)`, 'i'), undefined],
  [new RegExp(`^(?:<[A-Za-z][A-Za-z0-9-]*${ATTRIBUTE}*[ \\t]*/?>|</[A-Za-z][A-Za-z0-9-]*[ \\t]*>)[ \\t]*$`), undefined],
];

interface Container {
  kind: 'quote' | 'item';
  /** Columns a line must be indented by to go on in a list item. */
  indent: number;
  /** A list item that started with a blank line and has had no content yet: a second blank line ends it. */
  empty: boolean;
}

type Leaf = { kind: 'paragraph' | 'code' } | { kind: 'fence'; marker: string; start: number } | { kind: 'html'; end?: RegExp; start: number };

/** A place in a line: character index, its column, and columns of a tab at that index already used up. */
interface Cursor {
  pos: number;
  col: number;
  used: number;
}

const width = (ch: string, col: number) => (ch === '\t' ? TAB - (col % TAB) : 1);

/** Columns of whitespace from the cursor, and the cursor after them. */
function indentOf(line: string, c: Cursor): { width: number; at: Cursor } {
  let { pos, col } = c;
  let w = 0;
  if (c.used > 0) {
    w += width('\t', col) - c.used;
    col += width('\t', col);
    pos++;
  }
  while (line[pos] === ' ' || line[pos] === '\t') {
    w += width(line[pos], col);
    col += width(line[pos], col);
    pos++;
  }
  return { width: w, at: { pos, col, used: 0 } };
}

/** Moves the cursor over `n` columns of whitespace (a tab may be used up in part). */
function advance(line: string, c: Cursor, n: number): Cursor {
  let { pos, col, used } = c;
  while (n > 0 && (line[pos] === ' ' || line[pos] === '\t')) {
    const left = width(line[pos], col) - used;
    if (n >= left) {
      n -= left;
      col += width(line[pos], col);
      pos++;
      used = 0;
    } else {
      used += n;
      n = 0;
    }
  }
  return { pos, col, used };
}

export interface BlockScan {
  /** Offset of each line's start (lines end at \r\n, \r or \n). */
  lineStarts: number[];
  /** Whether the line starts afresh at the document level (see above); blank lines never do. */
  fresh: boolean[];
  /** Whether the line is an ATX heading. */
  heading: boolean[];
  /** Start of a document-level fenced code or HTML block (kinds 1–5) still open at the end of the text. */
  openAtEnd?: number;
  /**
   * The text starts with a `---` that opens no frontmatter: after that failed
   * attempt remark-frontmatter's parser reads no block quote or list item in the
   * whole document, which only a parse of the whole text reproduces.
   */
  wholeOnly: boolean;
}

export function scanBlocks(source: string): BlockScan {
  // What the parser reads: nesting past its limits is text there (same length, same offsets).
  const text = defuseDeepNesting(source);
  const lineStarts: number[] = [];
  const fresh: boolean[] = [];
  const heading: boolean[] = [];
  const containers: Container[] = [];
  let leaf: Leaf | undefined;
  const front = FRONTMATTER_BLOCK.exec(text);
  const frontEnd = front ? front[0].length : 0;
  const wholeOnly = !front && /^---[ \t]*(?:\r\n|\r|\n|$)/.test(text);
  const breaks = /\r\n|\r|\n/g;
  for (let start = 0; start < text.length;) {
    const m = breaks.exec(text);
    const end = m ? m.index : text.length;
    const line = text.slice(start, end);
    lineStarts.push(start);
    heading.push(false);
    if (start < frontEnd) fresh.push(false);
    else {
      const r = scanLine(line, start);
      fresh.push(r.fresh);
      heading[heading.length - 1] = r.heading;
    }
    if (!m) break;
    start = m.index + m[0].length;
    if (start >= text.length) break;
  }
  const openAtEnd = containers.length === 0 && leaf && (leaf.kind === 'fence' || (leaf.kind === 'html' && leaf.end)) ? leaf.start : undefined;
  return { lineStarts, fresh, heading, openAtEnd, wholeOnly };

  function startsBlock(line: string, c: Cursor, paragraphOpen: boolean): boolean {
    const ind = indentOf(line, c);
    if (ind.width >= 4) return false;
    const rest = line.slice(ind.at.pos);
    if (rest.startsWith('>') || ATX_HEADING.test(rest) || FENCE_OPEN.test(rest) || THEMATIC_BREAK.test(rest)) return true;
    if (HTML_STARTS.slice(0, paragraphOpen ? 6 : 7).some(([s]) => s.test(rest))) return true;
    const marker = BULLET.exec(rest) ?? ORDERED.exec(rest);
    if (!marker) return false;
    // Only a non-empty bullet or an ordered item starting at 1 interrupts a paragraph.
    const nonEmpty = rest.slice(marker[0].length).trim() !== '';
    return !paragraphOpen || (nonEmpty && (marker.length === 2 || marker[1] === '1'));
  }

  function scanLine(line: string, lineStart: number): { fresh: boolean; heading: boolean } {
    let cur: Cursor = { pos: 0, col: 0, used: 0 };
    let matched = 0;
    for (const c of containers) {
      const ind = indentOf(line, cur);
      const blank = ind.at.pos >= line.length;
      if (c.kind === 'quote') {
        if (blank || ind.width >= 4 || line[ind.at.pos] !== '>') break;
        cur = advance(line, { pos: ind.at.pos + 1, col: ind.at.col + 1, used: 0 }, 1);
      } else if (blank) {
        if (c.empty) break;
      } else {
        if (ind.width < c.indent) break;
        cur = advance(line, cur, c.indent);
      }
      matched++;
    }
    const blankRest = line.slice(cur.pos).trim() === '';
    if (matched < containers.length) {
      // Lazy continuation: paragraph text goes on in the innermost paragraph whatever the markers.
      if (leaf?.kind === 'paragraph' && !blankRest) {
        // micromark lets a complete tag (HTML kind 7) start a block on a lazy line, in the open containers.
        const ind = indentOf(line, cur);
        const rest = line.slice(ind.at.pos);
        if (ind.width < 4 && HTML_STARTS[6][0].test(rest) && !HTML_STARTS.slice(0, 6).some(([start]) => start.test(rest))) {
          leaf = { kind: 'html', start: lineStart };
          return { fresh: false, heading: false };
        }
        // Past the matched containers no paragraph is open: any block start (an empty item, 2.) ends the lazy text.
        if (!startsBlock(line, cur, false)) return { fresh: false, heading: false };
      }
      containers.length = matched;
      leaf = undefined;
    } else if (leaf && leaf.kind !== 'paragraph') {
      const ind = indentOf(line, cur);
      const rest = line.slice(ind.at.pos);
      if (leaf.kind === 'fence') {
        const close = FENCE_CLOSE.exec(rest);
        if (ind.width < 4 && close && close[1][0] === leaf.marker[0] && close[1].length >= leaf.marker.length) leaf = undefined;
        return { fresh: false, heading: false };
      }
      if (leaf.kind === 'html') {
        if (!leaf.end && blankRest) leaf = undefined;
        else if (leaf.end?.test(line)) leaf = undefined;
        return { fresh: false, heading: false };
      }
      if (blankRest || ind.width >= 4) return { fresh: false, heading: false };
      leaf = undefined;
    }
    // A line of a paragraph that started on an earlier line goes on in it unless it starts a block.
    const continues = leaf?.kind === 'paragraph' && !blankRest;
    // No container goes on into the line and no leaf block swallowed it (those returned above).
    let isFresh = matched === 0 && !blankRest;
    if (continues && !startsBlock(line, cur, true)) {
      // A setext underline turns the paragraph into a heading; other text goes on in it.
      const ind = indentOf(line, cur);
      if (ind.width < 4 && SETEXT_UNDERLINE.test(line.slice(ind.at.pos))) leaf = undefined;
      markContent(blankRest);
      return { fresh: false, heading: false };
    }
    // New block quotes and list items.
    while (!wholeOnly) {
      const ind = indentOf(line, cur);
      if (ind.width >= 4) break;
      const rest = line.slice(ind.at.pos);
      if (rest.startsWith('>')) {
        containers.push({ kind: 'quote', indent: 0, empty: false });
        leaf = undefined;
        cur = advance(line, { pos: ind.at.pos + 1, col: ind.at.col + 1, used: 0 }, 1);
        continue;
      }
      if (THEMATIC_BREAK.test(rest)) break;
      const marker = BULLET.exec(rest) ?? ORDERED.exec(rest);
      if (!marker) break;
      const afterMarker: Cursor = { pos: ind.at.pos + marker[0].length, col: ind.at.col + marker[0].length, used: 0 };
      const gap = indentOf(line, afterMarker);
      const empty = gap.at.pos >= line.length;
      if (leaf?.kind === 'paragraph' && (empty || (marker.length === 3 && marker[1] !== '1'))) break;
      const pad = empty || gap.width >= 5 ? 1 : gap.width;
      containers.push({ kind: 'item', indent: ind.width + marker[0].length + pad, empty });
      leaf = undefined;
      cur = empty ? gap.at : advance(line, afterMarker, pad);
    }
    // The leaf block the rest of the line starts or continues.
    const ind = indentOf(line, cur);
    const rest = line.slice(ind.at.pos);
    let isHeading = false;
    if (rest.trim() === '') {
      if (leaf?.kind === 'paragraph') leaf = undefined;
      isFresh = false;
    } else if (ind.width >= 4) {
      if (leaf?.kind !== 'paragraph') leaf = { kind: 'code' };
    } else if (FENCE_OPEN.test(rest)) {
      leaf = { kind: 'fence', marker: /^(`+|~+)/.exec(rest)![1], start: lineStart };
    } else if (ATX_HEADING.test(rest)) {
      leaf = undefined;
      isHeading = true;
    } else if (THEMATIC_BREAK.test(rest)) {
      leaf = undefined;
    } else {
      const html = HTML_STARTS.findIndex(([s], i) => (i < 6 || leaf?.kind !== 'paragraph') && s.test(rest));
      if (html >= 0) {
        const end = HTML_STARTS[html][1];
        leaf = end?.test(rest) ? undefined : { kind: 'html', end, start: lineStart };
      } else if (leaf?.kind !== 'paragraph') {
        leaf = { kind: 'paragraph' };
      }
    }
    markContent(rest.trim() === '');
    return { fresh: isFresh, heading: isHeading && containers.length === 0 };
  }

  function markContent(blank: boolean): void {
    if (!blank) for (const c of containers) c.empty = false;
  }
}
