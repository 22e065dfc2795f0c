// Where text inserted after a section goes, and the edit that inserts it, so
// that it cannot change what is around it: the section stubs of missing-clause
// and the sub-item lines of weak-subitem share these rules.
import { scanBlocks, type BlockScan } from '../parse/blockScan';
import type { ParsedDocument } from '../parse/evidenceDocument';
import type { FileEdit, Position } from '../types';

/**
 * Comments right before the next heading belong to it (a clause tag, an
 * evidence-disable): text inserted above that heading goes above them too.
 */
export function beforeTrailingComments(doc: ParsedDocument, end: Position): Position {
  let line = end.line;
  const isComment = (l: number) => /^\s*<!--.*-->\s*$/.test(doc.lines.lineText(l));
  if (!isComment(line)) return end;
  while (line > 0 && (isComment(line) || doc.lines.lineText(line).trim() === '')) line--;
  return { line, character: doc.lines.lineText(line).length };
}

/**
 * Moves a place where inserted blocks would change the meaning of the text
 * around them to the nearest line start above where they cannot. Blocks go in
 * before a line only if CommonMark starts that line afresh at the document
 * level (no open list item, quote, fenced code, HTML block or paragraph goes on
 * into it), unindented (else it would join the stub's last list item), and not
 * aimed at by a disable-next-line comment above it; at the end only if no
 * fenced code or HTML block is left open there.
 */
export function safePlace(doc: ParsedDocument, at: Position): Position {
  const scan = scanOf(doc);
  const { lines, control } = doc;
  const boundary = (line: number) => line < scan.fresh.length && scan.fresh[line] && !/^[ \t]/.test(lines.lineText(line)) && !control.aimsAtNextLine(line - 1);
  const blank = (line: number) => lines.lineText(line).trim() === '';
  let ok: boolean;
  if (at.character === 0) {
    ok = boundary(at.line);
  } else {
    let next = at.line + 1;
    while (next < lines.lineCount && blank(next)) next++;
    ok = !control.aimsAtNextLine(at.line) && (next < lines.lineCount ? boundary(next) : scan.openAtEnd === undefined);
  }
  if (ok) return at;
  for (let line = at.character === 0 ? at.line - 1 : at.line; line >= 0; line--) if (boundary(line)) return { line, character: 0 };
  return at;
}

/** Fixes ask once per section or missing clause: each document is scanned once. */
const scans = new WeakMap<ParsedDocument, BlockScan>();
function scanOf(doc: ParsedDocument): BlockScan {
  let scan = scans.get(doc);
  if (!scan) scans.set(doc, (scan = scanBlocks(doc.text)));
  return scan;
}

/**
 * The edit inserting markdown blocks at a place: at a line start they go above
 * that line, elsewhere (a line's end) below it; a blank line keeps them apart
 * from what comes before and after.
 */
export function insertBlocksEdit(doc: ParsedDocument, at: Position, blocks: readonly string[]): FileEdit {
  const { lines } = doc;
  const eol = lines.eol();
  const lineStart = at.character === 0;
  const followed = lineStart ? lines.lineText(at.line) !== '' : at.line + 1 < lines.lineCount && lines.lineText(at.line + 1).trim() !== '';
  const body = blocks.join(eol + eol);
  return {
    path: doc.path,
    range: { start: at, end: at },
    newText: lineStart ? body + eol + (followed ? eol : '') : eol + eol + body + (followed ? eol : ''),
  };
}
