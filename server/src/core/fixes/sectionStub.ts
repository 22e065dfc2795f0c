// The body of an inserted section: what the writer is asked to replace. Shared by
// the insertion fixes (which write it) and the empty-section check (which must
// recognise it untouched, so a stub is never taken for evidence).
import type { Clause } from '../catalog/catalog';
import { localizer } from '../l10n/messages';

// Inserted text is evidence, written in the standard's language whatever the UI locale.
const zh = localizer('zh-CN');

/** The sample link line of a stub: how to link a file; never evidence, never a broken attachment. */
export const SAMPLE_LINK = { text: '文件名', url: '附件/文件名.pdf' } as const;
export const SAMPLE_LINK_LINE = `- [${SAMPLE_LINK.text}](${SAMPLE_LINK.url})`;

/**
 * Blocks of the stub below the heading, in order; the caller joins them with blank lines.
 * The requirement text sits in a comment (context, not the writer's evidence); anything the
 * catalog infers is marked so, never passed off as the standard. Each checklist line carries
 * 待补充, so one left unreplaced in a written section is a placeholder (weak-placeholder).
 */
export function stubBlocks(clause: Clause, eol: string): string[] {
  const blocks: string[] = [];
  const requirement = clause.text?.zh;
  if (requirement) {
    blocks.push(`<!-- ${zh(clause.confidence === 'inferred' ? 'stub.requirementInferred' : 'stub.requirement', requirement)} -->`);
  }
  // One line per sub-item, so the author answers each a) b) c) in turn.
  for (const item of clause.items ?? []) {
    // The catalog writes （推断） in front of an inferred item; the stub says it in full, after the text.
    const text = item.confidence === 'inferred' ? item.text.zh.replace(/^（推断）/, '') + zh('stub.inferred') : item.text.zh;
    blocks.push(`${item.key}) ${text}`);
  }
  const checklist = (clause.evidence?.length ? clause.evidence.map((e) => zh('stub.todo', e)) : [zh('stub.todoAny')]).map((l) => `- [ ] ${l}`);
  blocks.push([zh('stub.evidence'), '', ...checklist, SAMPLE_LINK_LINE].join(eol));
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
