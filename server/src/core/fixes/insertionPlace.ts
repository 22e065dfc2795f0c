// Where text inserted after a section goes, and the edit that inserts it, so
// that it cannot change what is around it: the section stubs of missing-clause
// and the sub-item lines of weak-subitem share these rules.
import { openBlockAt } from '../parse/chunks';
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

/** Moves a place where inserted blocks would change the meaning of the text around them to one where they cannot. */
export function safePlace(doc: ParsedDocument, at: Position): Position {
  // A disable-next-line comment aims at the line after it: never come between the two.
  if (doc.control.aimsAtNextLine(at.line)) at = { line: at.line, character: 0 };
  // Text inserted inside an unclosed code fence or comment would be swallowed by it: go above it.
  const open = openBlockAt(doc.text, doc.lines.offsetAt(at));
  if (open !== undefined) at = doc.lines.positionAt(open);
  return at;
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
