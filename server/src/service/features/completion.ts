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
} from 'vscode-languageserver-protocol';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  canonicalId,
  rankClauses,
  type Catalog,
  type Clause,
  type CatalogRegistry,
  type Localize,
  type Locale,
  type ParsedDocument,
  type SetResult,
} from '../../core';
import { ENDS_WITH_DOT, PARTIAL_ID_SOURCE } from '../../core/parse/clauseId';
import { clauseText, statusLabel } from './clauseMarkdown';
import { nextSectionItems } from './nextSection';

const MAX_ITEMS = 200;
const ID_TEXT = new RegExp(`^${PARTIAL_ID_SOURCE}$`);
const HEADING = /^( {0,3}#{1,6}[ \t]+)(§[ \t]*)?(.*)$/;
const REFERENCE = new RegExp(`§[ \\t]*(${PARTIAL_ID_SOURCE})$`);

export interface CompletionInput {
  text: TextDocument;
  /** The document parsed from the text the client has now (its frontmatter block and keys). */
  doc: ParsedDocument | undefined;
  /** The catalog the document is evidence for, if any. */
  catalog: Catalog | undefined;
  /** The latest analysis of that catalog's set in the folder: coverage status per clause. */
  set: SetResult | undefined;
  /** Catalogs the folder knows (`standard:` values). */
  catalogs: CatalogRegistry;
  position: Position;
  locale: Locale;
  t: Localize;
}

export function provideCompletion(input: CompletionInput): CompletionList {
  const { text } = input;
  // A position past the end of its line means the end of the line.
  const position = text.positionAt(text.offsetAt(input.position));
  const before = text.getText({ start: { line: position.line, character: 0 }, end: position });
  const frontmatter = input.doc?.frontmatter;
  if (frontmatter && position.line > frontmatter.range.start.line && position.line < frontmatter.range.end.line) {
    return { isIncomplete: false, items: frontmatterItems(input, before) };
  }
  const { catalog } = input;
  if (!catalog) return { isIncomplete: false, items: [] };
  // At the start of an empty line: the next missing sections, whole.
  const line = text.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } });
  if (before === '' && line.trim() === '' && input.set) return { isIncomplete: false, items: nextSectionItems(input.set, position, input.t) };
  const at = (start: number): Range => ({ start: { line: position.line, character: start }, end: position });

  const heading = HEADING.exec(before);
  if (heading) {
    const start = heading[1].length + (heading[2]?.length ?? 0);
    const typed = heading[3];
    if (heading[2] || ID_TEXT.test(typed)) {
      return { isIncomplete: false, items: idMatches(catalog, typed).map((c, i) => headingItem(input, c, i, at(start), undefined)) };
    }
    // Title words: the server ranks, so the client must ask again as the user types.
    const ranked = rankClauses(catalog, typed, 20).map((m) => m.clause);
    return { isIncomplete: true, items: ranked.map((c, i) => headingItem(input, c, i, at(start), typed)) };
  }
  const reference = REFERENCE.exec(before);
  if (reference) {
    const start = position.character - reference[1].length;
    const items = idMatches(catalog, reference[1]).map((c, i) => ({
      ...clauseItem(input, catalog, c, i),
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
  if (ENDS_WITH_DOT.test(typed) && base) return catalog.children.get(base) ?? [];
  return catalog.clauses.filter((c) => !base || c.id === base || c.id.startsWith(base)).slice(0, MAX_ITEMS);
}

function clauseItem(input: CompletionInput, catalog: Catalog, clause: Clause, rank: number): CompletionItem {
  const coverage = input.set?.coverage.clauses.find((c) => c.id === clause.id);
  return {
    label: clause.id,
    kind: catalog.isLeaf(clause.id) ? CompletionItemKind.Field : CompletionItemKind.Module,
    detail: coverage ? statusLabel(input.t, coverage) : undefined,
    documentation: { kind: MarkupKind.Markdown, value: clauseText(clause, input.locale, input.t) },
    sortText: String(rank).padStart(4, '0'),
    insertTextFormat: InsertTextFormat.PlainText,
  };
}

function headingItem(input: CompletionInput, clause: Clause, rank: number, range: Range, typed: string | undefined): CompletionItem {
  const newText = `${clause.id} ${clause.title.zh}`;
  // With title words typed, filter on them, or the client would hide every item.
  return { ...clauseItem(input, input.catalog!, clause, rank), label: newText, textEdit: { range, newText }, filterText: typed ?? newText };
}

function frontmatterItems(input: CompletionInput, before: string): CompletionItem[] {
  const position = input.text.positionAt(input.text.offsetAt(input.position));
  const standard = /^standard[ \t]*:[ \t]*/.exec(before);
  if (standard) {
    const range = { start: { line: position.line, character: standard[0].length }, end: position };
    return input.catalogs.all().map((c, i) => ({
      label: c.id,
      kind: CompletionItemKind.Value,
      detail: c.data.standard.title.zh,
      textEdit: { range, newText: c.id },
      sortText: String(i).padStart(4, '0'),
    }));
  }
  const key = /^([ \t]+)([^:\s]*)$/.exec(before);
  const { catalog } = input;
  if (!key || !catalog || keyAbove(input, position.line) !== 'not_applicable') return [];
  const range = { start: { line: position.line, character: key[1].length }, end: position };
  return idMatches(catalog, key[2]).map((c, i) => ({
    ...clauseItem(input, catalog, c, i),
    labelDetails: { description: c.title.zh },
    textEdit: { range, newText: `${c.id}: ` },
    filterText: c.id,
  }));
}

/** The top-level frontmatter key a line is under, from the parsed frontmatter's key lines. */
function keyAbove(input: CompletionInput, line: number): string | undefined {
  const keys = input.doc?.frontmatter?.keyLines ?? [];
  return keys.filter((k) => k.line < line).at(-1)?.key;
}
