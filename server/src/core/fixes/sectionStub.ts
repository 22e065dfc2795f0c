// The body of an inserted section: what the writer is asked to replace. Shared by
// the insertion fixes (which write it) and the empty-section check (which must
// recognise it untouched, so a stub is never taken for evidence).
import type { Clause } from '../catalog/catalog';
import { localizer } from '../l10n/messages';

// Inserted text is evidence, written in the standard's language whatever the UI locale.
const zh = localizer('zh-CN');

/** Blocks of the stub below the heading, in order; the caller joins them with blank lines. */
export function stubBlocks(clause: Clause, eol: string): string[] {
  // One line per sub-item, so the author answers each a) b) c) in turn.
  const blocks = (clause.items ?? []).map((item) => `${item.key}) ${item.text.zh}`);
  blocks.push(`${zh('stub.evidence')}${eol}${eol}- ${zh('stub.todo')}`);
  return blocks;
}

const stubLinesByClause = new WeakMap<Clause, ReadonlySet<string>>();

/** The stub's non-blank lines, trimmed: a line equal to one of them is not the writer's own text. */
export function stubLines(clause: Clause): ReadonlySet<string> {
  let lines = stubLinesByClause.get(clause);
  if (!lines) {
    lines = new Set(
      stubBlocks(clause, '\n')
        .flatMap((b) => b.split('\n'))
        .map((l) => l.trim())
        .filter((l) => l !== ''),
    );
    stubLinesByClause.set(clause, lines);
  }
  return lines;
}
