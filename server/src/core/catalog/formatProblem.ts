// One line for a problem in a config or catalog file: `file:line:column: message`.
import type { CatalogProblem } from './loadCatalog';

export function formatProblem(p: CatalogProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}
