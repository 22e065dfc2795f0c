// Document symbols (the clause outline, nested by heading level) and workspace
// symbols (every clause section, found by id or title).
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver-protocol';
import { sectionsIn, type Localize, type ParsedDocument, type SetResult } from '../../core';
import { location } from '../conversions';
import { statusLabel } from './clauseMarkdown';

export function provideDocumentSymbols(set: SetResult, doc: ParsedDocument, t: Localize): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  const clauses = new Map(sectionsIn(set.model, doc).map(({ candidate }) => [candidate.heading.start, candidate]));
  // Every heading closes deeper ones; only clause headings become symbols.
  const stack: { level: number; symbol?: DocumentSymbol }[] = [];
  for (const heading of doc.headings) {
    while (stack.length && stack[stack.length - 1].level >= heading.level) stack.pop();
    const c = clauses.get(heading.start);
    if (!c) {
      stack.push({ level: heading.level });
      continue;
    }
    const coverage = set.coverage.clauses.find((x) => x.id === c.id);
    const symbol: DocumentSymbol = {
      name: c.title ? `${c.id} ${c.title}` : c.id,
      detail: coverage ? statusLabel(t, coverage) : undefined,
      kind: set.model.catalog.isLeaf(c.id) ? SymbolKind.Field : SymbolKind.Module,
      range: c.range,
      selectionRange: c.heading.range,
      children: [],
    };
    const parent = [...stack].reverse().find((e) => e.symbol)?.symbol;
    (parent ? parent.children! : roots).push(symbol);
    stack.push({ level: heading.level, symbol });
  }
  return roots;
}

const MAX_WORKSPACE_SYMBOLS = 1000;

export function provideWorkspaceSymbols(sets: SetResult[], query: string): SymbolInformation[] {
  const q = query.trim().toLowerCase();
  const out: SymbolInformation[] = [];
  for (const set of sets) {
    for (const { doc, candidate: c } of set.model.sections) {
      const name = c.title ? `${c.id} ${c.title}` : c.id;
      if (q && !c.id.startsWith(q) && !name.toLowerCase().includes(q)) continue;
      out.push({
        name,
        kind: set.model.catalog.isLeaf(c.id) ? SymbolKind.Field : SymbolKind.Module,
        location: location(doc.path, c.heading.range),
        containerName: doc.path.slice(doc.path.lastIndexOf('/') + 1),
      });
      if (out.length >= MAX_WORKSPACE_SYMBOLS) return out;
    }
  }
  return out;
}
