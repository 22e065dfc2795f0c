// Document symbols (the clause outline, nested by heading level) and workspace
// symbols (every clause section, found by id or title).
import { SymbolKind, type DocumentSymbol, type SymbolInformation } from 'vscode-languageserver/node';
import type { Catalog, Localize } from '../../core';
import { location } from '../conversions';
import { SetView } from '../setView';
import type { WorkspaceIndex } from '../workspaceIndex';
import { statusLabel } from './clauseMarkdown';

export function provideDocumentSymbols(index: WorkspaceIndex, path: string, t: Localize): DocumentSymbol[] {
  const doc = index.document(path);
  const view = doc && SetView.of(index, doc);
  if (!view) return [];
  const roots: DocumentSymbol[] = [];
  const clauses = new Map(view.sectionsOf(doc).map((c) => [c.heading.start, c]));
  // Every heading closes deeper ones; only clause headings become symbols.
  const stack: { level: number; symbol?: DocumentSymbol }[] = [];
  for (const heading of doc.headings) {
    while (stack.length && stack[stack.length - 1].level >= heading.level) stack.pop();
    const c = clauses.get(heading.start);
    if (!c) {
      stack.push({ level: heading.level });
      continue;
    }
    const status = view.clauseCoverage(c.id)?.status;
    const symbol: DocumentSymbol = {
      name: c.title ? `${c.id} ${c.title}` : c.id,
      detail: status ? statusLabel(t, status) : undefined,
      kind: view.catalog.isLeaf(c.id) ? SymbolKind.Field : SymbolKind.Module,
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

export function provideWorkspaceSymbols(indexes: WorkspaceIndex[], query: string): SymbolInformation[] {
  const q = query.trim().toLowerCase();
  const out: SymbolInformation[] = [];
  for (const index of indexes) {
    const views = new Map<Catalog, SetView>();
    for (const doc of index.documents()) {
      const catalog = index.catalogOf(doc);
      if (!catalog) continue;
      let view = views.get(catalog);
      if (!view) views.set(catalog, (view = SetView.forCatalog(index, catalog)));
      for (const c of view.sectionsOf(doc)) {
        const name = c.title ? `${c.id} ${c.title}` : c.id;
        if (q && !c.id.startsWith(q) && !name.toLowerCase().includes(q)) continue;
        out.push({
          name,
          kind: view.catalog.isLeaf(c.id) ? SymbolKind.Field : SymbolKind.Module,
          location: location(doc.path, c.heading.range),
          containerName: doc.path.slice(doc.path.lastIndexOf('/') + 1),
        });
        if (out.length >= MAX_WORKSPACE_SYMBOLS) return out;
      }
    }
  }
  return out;
}
