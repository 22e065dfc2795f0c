// The running text of a document as one string, from its text runs, with a map
// back to source offsets. Inline markup between runs (**, links) disappears, so
// 24**小时** reads as 24小时; a block boundary becomes a line break, a table cell
// boundary a comma.
import type { ParsedDocument } from '../parse/evidenceDocument';

export interface PlainText {
  text: string;
  /** Source offset of the character at a plain offset. */
  sourceStart(plainOffset: number): number;
  /** Source offset just after the character before a plain offset. */
  sourceEnd(plainOffset: number): number;
}

interface Piece {
  plainStart: number;
  sourceStart: number;
  length: number;
  /** The run's value is its source text (no escapes or entities). */
  literal: boolean;
}

export function plainTextOf(doc: ParsedDocument): PlainText {
  const parts: string[] = [];
  const pieces: Piece[] = [];
  let length = 0;
  let previousEnd: number | undefined;
  for (const chunk of doc.chunks) {
    for (const run of chunk.facts.runs) {
      if (run.inHeading) continue;
      const start = chunk.start + run.start;
      const end = chunk.start + run.end;
      if (previousEnd !== undefined) {
        const gap = doc.text.slice(previousEnd, start);
        const separator = /[\r\n]/.test(gap) ? '\n' : gap.includes('|') ? ',' : '';
        parts.push(separator);
        length += separator.length;
      }
      pieces.push({ plainStart: length, sourceStart: start, length: run.value.length, literal: doc.text.slice(start, end) === run.value });
      parts.push(run.value);
      length += run.value.length;
      previousEnd = end;
    }
  }
  const pieceAt = (offset: number): Piece | undefined => {
    let lo = 0;
    let hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid].plainStart <= offset) lo = mid;
      else hi = mid - 1;
    }
    return pieces[lo];
  };
  // Runs with escapes or entities are mapped by position, clamped to their source.
  const at = (offset: number): number => {
    const p = pieceAt(offset);
    if (!p) return 0;
    const inside = Math.min(Math.max(0, offset - p.plainStart), p.length);
    return p.literal ? p.sourceStart + inside : Math.min(p.sourceStart + inside, doc.text.length);
  };
  return {
    text: parts.join(''),
    sourceStart: (offset) => at(offset),
    sourceEnd: (offset) => (offset > 0 ? at(offset - 1) + 1 : at(0)),
  };
}
