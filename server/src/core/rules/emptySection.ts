// Whether a section holds anything of the writer's own. A section that is blank,
// holds only the inserted stub, or only placeholders is a place to write, not
// evidence: its clause stays missing until the writer writes.
import type { Clause } from '../catalog/catalog';
import { PLACEHOLDER, type ParsedDocument, type SectionCandidate } from '../parse/evidenceDocument';
import { countWords } from '../text/textLength';
import { stubLines } from '../fixes/sectionStub';

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

export function isEmptySection(doc: ParsedDocument, candidate: SectionCandidate, clause: Clause): boolean {
  const end = doc.lines.offsetAt(candidate.ownRange.end);
  const body = doc.text.slice(Math.min(candidate.heading.end, end), end).replace(COMMENT, '');
  const stub = stubLines(clause);
  // Code blocks are not evidence text (weak-thin leaves them out too).
  let fence: string | undefined;
  for (const raw of body.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    const marker = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== undefined) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    if (line === '' || stub.has(line)) continue;
    if (countWords(line.replace(PLACEHOLDER, '')) > 0) return false;
  }
  return true;
}
