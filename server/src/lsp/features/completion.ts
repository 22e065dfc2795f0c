// Completion of clause ids: in headings (`## 5.1.` -> children of 5.1, `## 培训`
// -> clauses whose title or text match), after `§`, and in the frontmatter
// (`standard:` names, ids under `not_applicable:`).
import {
  CompletionItemKind,
  InsertTextFormat,
  MarkupKind,
  type CompletionItem,
  type CompletionList,
  type Position,
  type Range,
} from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { canonicalId, rankClauses, type Catalog, type Clause, type Localize, type Locale } from '../../core';
import { SetView } from '../setView';
import type { WorkspaceIndex } from '../workspaceIndex';
import { clauseText, statusLabel } from './clauseMarkdown';

const MAX_ITEMS = 200;
const ID_TEXT = /^[0-9\uFF10-\uFF19.\uFF0E\u3002]*$/;
const HEADING = /^( {0,3}#{1,6}[ \t]+)(§[ \t]*)?(.*)$/;
const REFERENCE = /§[ \t]*([0-9\uFF10-\uFF19.\uFF0E\u3002]*)$/;

export interface CompletionInput {
  index: WorkspaceIndex;
  text: TextDocument;
  path: string;
  position: Position;
  locale: Locale;
  t: Localize;
}

export function provideCompletion(input: CompletionInput): CompletionList {
  const { text } = input;
  // A position past the end of its line means the end of the line.
  const position = text.positionAt(text.offsetAt(input.position));
  const before = text.getText({ start: { line: position.line, character: 0 }, end: position });
  const frontmatter = frontmatterLines(text);
  if (frontmatter && position.line > frontmatter.start && position.line < frontmatter.end) {
    return { isIncomplete: false, items: frontmatterItems(input, before) };
  }
  const doc = input.index.document(input.path);
  const view = doc && SetView.of(input.index, doc);
  if (!view) return { isIncomplete: false, items: [] };
  const at = (start: number): Range => ({ start: { line: position.line, character: start }, end: position });

  const heading = HEADING.exec(before);
  if (heading) {
    const start = heading[1].length + (heading[2]?.length ?? 0);
    const typed = heading[3];
    if (heading[2] || ID_TEXT.test(typed)) {
      return { isIncomplete: false, items: idMatches(view.catalog, typed).map((c, i) => headingItem(view, input, c, i, at(start), undefined)) };
    }
    // Title words: the server ranks, so the client must ask again as the user types.
    const ranked = rankClauses(view.catalog, typed, 20).map((m) => m.clause);
    return { isIncomplete: true, items: ranked.map((c, i) => headingItem(view, input, c, i, at(start), typed)) };
  }
  const reference = REFERENCE.exec(before);
  if (reference) {
    const start = position.character - reference[1].length;
    const items = idMatches(view.catalog, reference[1]).map((c, i) => ({
      ...clauseItem(view, input, c, i),
      label: c.id,
      labelDetails: { description: c.title.zh },
      textEdit: { range: at(start), newText: c.id },
      filterText: c.id,
    }));
    return { isIncomplete: false, items };
  }
  return { isIncomplete: false, items: [] };
}

/** Clauses by id prefix: `5.1.` means the children of 5.1, `5.1` everything starting with it. */
function idMatches(catalog: Catalog, typed: string): Clause[] {
  const base = canonicalId(typed);
  if (/[.\uFF0E\u3002]$/.test(typed) && base) return catalog.children.get(base) ?? [];
  return catalog.clauses.filter((c) => !base || c.id === base || c.id.startsWith(base)).slice(0, MAX_ITEMS);
}

function clauseItem(view: SetView, input: CompletionInput, clause: Clause, rank: number): CompletionItem {
  const status = view.clauseCoverage(clause.id)?.status;
  return {
    label: clause.id,
    kind: view.catalog.isLeaf(clause.id) ? CompletionItemKind.Field : CompletionItemKind.Module,
    detail: status ? statusLabel(input.t, status) : undefined,
    documentation: { kind: MarkupKind.Markdown, value: clauseText(clause, input.locale, input.t) },
    sortText: String(rank).padStart(4, '0'),
    insertTextFormat: InsertTextFormat.PlainText,
  };
}

function headingItem(view: SetView, input: CompletionInput, clause: Clause, rank: number, range: Range, typed: string | undefined): CompletionItem {
  const newText = `${clause.id} ${clause.title.zh}`;
  // With title words typed, filter on them, or the client would hide every item.
  return { ...clauseItem(view, input, clause, rank), label: newText, textEdit: { range, newText }, filterText: typed ?? newText };
}

function frontmatterLines(text: TextDocument): { start: number; end: number } | undefined {
  if (text.getText({ start: { line: 0, character: 0 }, end: { line: 0, character: 4 } }).trimEnd() !== '---') return undefined;
  for (let line = 1; line < text.lineCount; line++) {
    const content = lineText(text, line);
    if (/^(---|\.\.\.)\s*$/.test(content)) return { start: 0, end: line };
  }
  return { start: 0, end: text.lineCount };
}

function lineText(text: TextDocument, line: number): string {
  return text.getText({ start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } }).replace(/\r?\n$/, '');
}

function frontmatterItems(input: CompletionInput, before: string): CompletionItem[] {
  const { index } = input;
  const position = input.text.positionAt(input.text.offsetAt(input.position));
  const standard = /^standard[ \t]*:[ \t]*/.exec(before);
  if (standard) {
    const range = { start: { line: position.line, character: standard[0].length }, end: position };
    return index.catalogs.all().map((c, i) => ({
      label: c.id,
      kind: CompletionItemKind.Value,
      detail: c.data.standard.title.zh,
      textEdit: { range, newText: c.id },
      sortText: String(i).padStart(4, '0'),
    }));
  }
  const key = /^([ \t]+)([^:\s]*)$/.exec(before);
  if (!key || !underNotApplicable(input.text, position.line)) return [];
  const doc = index.document(input.path);
  const catalog = (doc && index.catalogOf(doc)) ?? (index.config.standard ? index.catalogs.resolve(index.config.standard) : undefined);
  if (!catalog) return [];
  const view = SetView.forCatalog(index, catalog);
  const range = { start: { line: position.line, character: key[1].length }, end: position };
  return idMatches(catalog, key[2]).map((c, i) => ({
    ...clauseItem(view, input, c, i),
    labelDetails: { description: c.title.zh },
    textEdit: { range, newText: `${c.id}: ` },
    filterText: c.id,
  }));
}

/** Whether the nearest unindented key above the line is `not_applicable:`. */
function underNotApplicable(text: TextDocument, line: number): boolean {
  for (let l = line - 1; l > 0; l--) {
    const content = lineText(text, l);
    if (/^\S/.test(content)) return /^not_applicable[ \t]*:/.test(content);
  }
  return false;
}
