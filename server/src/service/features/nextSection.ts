// Completion at the start of an empty line: the clauses this set still misses,
// in catalog order, each inserting its whole section as a snippet (heading at the
// level the set uses, one line per sub-item, the evidence checklist as tab stops).
// Left as inserted, the section is still a stub: empty, not evidence.
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type Position } from 'vscode-languageserver-protocol';
import type { Localize, SetResult } from '../../core';
import { headingLine } from '../../core/fixes/insertSection';
import { stubBlocks } from '../../core/fixes/sectionStub';

/** Characters a snippet gives meaning to. */
function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

export function nextSectionItems(set: SetResult, position: Position, t: Localize): CompletionItem[] {
  const { catalog } = set.model;
  // The set's own heading levels: a known section tells which level the catalog's root sits at.
  const anchor = set.model.sections.find((s) => s.clause !== undefined);
  const base = anchor ? anchor.candidate.heading.level - catalog.depth(anchor.clause!.id) : 1;
  const missing = catalog.leaves().filter((leaf) => !set.model.evidence.has(leaf.id) && !set.model.notApplicable.has(leaf.id));
  return missing.map((clause, i) => {
    let stop = 0;
    const body = stubBlocks(clause, '\n').map((block) =>
      block
        .split('\n')
        .map((line) => {
          const item = /^- \[ \] (.*)$/.exec(line);
          return item ? `- [ ] \${${++stop}:${escapeSnippet(item[1])}}` : escapeSnippet(line);
        })
        .join('\n'),
    );
    const heading = escapeSnippet(headingLine(set.model, clause, base));
    return {
      label: `${clause.id} ${clause.title.zh}`,
      kind: CompletionItemKind.Snippet,
      detail: t('completion.missingSection'),
      sortText: String(i).padStart(4, '0'),
      insertTextFormat: InsertTextFormat.Snippet,
      textEdit: { range: { start: position, end: position }, newText: [heading, ...body].join('\n\n') + '\n$0' },
    };
  });
}
