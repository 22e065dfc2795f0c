// Finds and loads the catalogs shipped in clauses/, and user catalogs named in config.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CatalogRegistry, parseCatalog, type Catalog, type CatalogProblem } from '../core';

/** clauses/ next to the bundle (dist/) or the sources (server/src/node/). */
export function builtinCatalogDir(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'clauses');
    if (existsSync(join(candidate, 'catalog.schema.json'))) return candidate;
    dir = dirname(dir);
  }
  throw new Error(`clauses/ not found above ${__dirname}`);
}

export function loadCatalogFile(file: string): { catalog?: Catalog; problems: CatalogProblem[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { problems: [{ file, line: 1, column: 1, message: `cannot read catalog: ${(e as NodeJS.ErrnoException).code ?? e}` }] };
  }
  return parseCatalog(text, file);
}

let builtins: Catalog[] | undefined;

/** The shipped catalogs, parsed once per process. A broken shipped catalog is a bug: throw. */
export function builtinCatalogs(): Catalog[] {
  if (!builtins) {
    const dir = builtinCatalogDir();
    builtins = readdirSync(dir)
      .filter((f) => /\.ya?ml$/.test(f))
      .sort()
      .map((f) => {
        const result = loadCatalogFile(join(dir, f));
        if (!result.catalog) throw new Error(result.problems.map(formatProblem).join('\n'));
        return result.catalog;
      });
  }
  return builtins;
}

/** Built-in catalogs plus extra ones (paths relative to `baseDir`). */
export function catalogRegistry(extra: string[], baseDir: string): { registry: CatalogRegistry; problems: CatalogProblem[] } {
  const registry = new CatalogRegistry();
  for (const c of builtinCatalogs()) registry.add(c);
  const problems: CatalogProblem[] = [];
  for (const file of extra) {
    const result = loadCatalogFile(resolve(baseDir, file));
    if (result.catalog) registry.add(result.catalog);
    else problems.push(...result.problems);
  }
  return { registry, problems };
}

export function formatProblem(p: CatalogProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}
