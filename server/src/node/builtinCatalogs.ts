// Finds and loads the catalogs shipped in clauses/, and user catalogs named in config.
import { formatProblem } from '../core/catalog/formatProblem';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CatalogRegistry, localizer, parseCatalog, type Catalog, type CatalogProblem, type Locale } from '../core';
import { describeRefusal, readWorkspaceText, SMALL_FILE_CAP, type Refusal } from './readWorkspaceFile';

/** The shipped catalogs are ours, not the workspace's: a larger cap, no folder to stay in. */
const BUILTIN_CATALOG_CAP = 16 * SMALL_FILE_CAP;

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

type CatalogLoad = { catalog?: Catalog; problems: CatalogProblem[]; refused?: Refusal };

/** `root`: the folder the catalog must resolve inside (omitted for the shipped ones). */
export function loadCatalogFile(file: string, root?: string): CatalogLoad {
  const read = readWorkspaceText(file, root === undefined ? { maxBytes: BUILTIN_CATALOG_CAP } : { maxBytes: SMALL_FILE_CAP, root });
  if (!read.ok) {
    // A missing or unreadable catalog is reported at its own path; a refused one by the config entry that names it.
    if (read.reason === 'unreadable') return { problems: [{ file, line: 1, column: 1, message: `cannot read catalog: ${read.code}` }] };
    return { problems: [], refused: read };
  }
  return parseCatalog(read.text, file);
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

export interface ExtraCatalogOptions {
  /** Folders an extra catalog may lie in (default: `baseDir`); anything else is refused unread. */
  roots?: string[];
  /** The file that names the catalogs, where a refusal is reported (default: `baseDir`). */
  namedIn?: string;
  locale?: Locale;
}

/** Built-in catalogs plus extra ones (paths relative to `baseDir`), each inside one of the allowed folders. */
export function catalogRegistry(
  extra: string[],
  baseDir: string,
  options: ExtraCatalogOptions = {},
): { registry: CatalogRegistry; problems: CatalogProblem[] } {
  const registry = new CatalogRegistry();
  for (const c of builtinCatalogs()) registry.add(c);
  const problems: CatalogProblem[] = [];
  const roots = options.roots ?? [baseDir];
  const t = localizer(options.locale ?? 'en');
  for (const entry of extra) {
    let result: CatalogLoad = { problems: [] };
    for (const root of roots) {
      result = loadCatalogFile(resolve(baseDir, entry), root);
      if (result.refused?.reason !== 'outside-folder') break;
    }
    if (result.catalog) registry.add(result.catalog);
    else if (result.refused)
      problems.push({ file: options.namedIn ?? baseDir, line: 1, column: 1, message: t('read.catalog', entry, describeRefusal(result.refused, t)) });
    else for (const p of result.problems) problems.push(p);
  }
  return { registry, problems };
}

export { formatProblem };
