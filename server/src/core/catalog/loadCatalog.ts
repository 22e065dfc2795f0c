// Parses and validates a catalog file: YAML syntax, the JSON Schema beside the
// built-in catalog, then the cross-references a schema cannot express.
import Ajv from 'ajv';
import { LineCounter, parseDocument, isMap, isSeq, type Document, type Node as YamlNode } from 'yaml';
import catalogSchema from '../../../../clauses/catalog.schema.json';
import { schemaProblem } from '../schemaProblems';
import { Catalog, type CatalogData } from './catalog';

export interface CatalogProblem {
  file: string;
  /** One-based line and column, as editors and compilers print them. */
  line: number;
  column: number;
  message: string;
}

export type CatalogResult = { catalog: Catalog; problems: [] } | { catalog?: undefined; problems: CatalogProblem[] };

const ajv = new Ajv({ allErrors: true, strict: false });
const validateShape = ajv.compile<CatalogData>(catalogSchema);

/** Caps how far YAML aliases may expand, so a hostile file cannot blow up memory. */
export const MAX_YAML_ALIASES = 100;

export function parseCatalog(text: string, file: string): CatalogResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number | undefined, message: string): CatalogProblem => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { file, line: pos.line, column: pos.col, message };
  };
  if (doc.errors.length > 0) {
    return { problems: doc.errors.map((e) => at(e.pos[0], `YAML: ${firstLine(e.message)}`)) };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (e) {
    return { problems: [at(0, `YAML: ${(e as Error).message}`)] };
  }
  if (!validateShape(data)) {
    return {
      problems: (validateShape.errors ?? [])
        .map((e) => {
          const { pointer, message } = schemaProblem(e);
          return at(offsetOfPath(doc, pointer), message);
        })
        .sort((a, b) => a.line - b.line || a.column - b.column),
    };
  }
  const problems = crossCheck(data, (path, message) => at(offsetOfPath(doc, path), message));
  if (problems.length > 0) return { problems };
  return { catalog: new Catalog(data, file), problems: [] };
}

function crossCheck(data: CatalogData, at: (jsonPath: string, message: string) => CatalogProblem): CatalogProblem[] {
  const problems: CatalogProblem[] = [];
  let idPattern: RegExp | undefined;
  try {
    idPattern = new RegExp(data.standard.idPattern);
  } catch (e) {
    problems.push(at('/standard/idPattern', `idPattern is not a valid regular expression: ${(e as Error).message}`));
  }
  const seen = new Map<string, number>();
  const flat = new Map<string, string>();
  data.clauses.forEach((clause, i) => {
    const here = `/clauses/${i}`;
    if (idPattern && !idPattern.test(clause.id)) {
      problems.push(at(`${here}/id`, `clause id "${clause.id}" does not match idPattern ${data.standard.idPattern}`));
    }
    if (seen.has(clause.id)) {
      problems.push(at(`${here}/id`, `duplicate clause id "${clause.id}" (first defined as clause #${seen.get(clause.id)! + 1})`));
    } else {
      seen.set(clause.id, i);
    }
    if (clause.parent !== undefined) {
      if (clause.parent === clause.id) {
        problems.push(at(`${here}/parent`, `clause "${clause.id}" is its own parent`));
      } else if (!seen.has(clause.parent)) {
        // Parents must come first: this also rules out cycles.
        const later = data.clauses.some((c) => c.id === clause.parent);
        problems.push(
          at(
            `${here}/parent`,
            later
              ? `parent "${clause.parent}" of "${clause.id}" must be listed before it (a parent listed later can form a cycle)`
              : `parent "${clause.parent}" of "${clause.id}" is not a clause of this catalog`,
          ),
        );
      }
    } else if (!data.standard.roots.includes(clause.id)) {
      problems.push(at(`${here}`, `clause "${clause.id}" has no parent but is not one of the roots ${JSON.stringify(data.standard.roots)}`));
    }
    if (clause.flatAlias !== undefined) {
      const other = flat.get(clause.flatAlias);
      if (other) problems.push(at(`${here}/flatAlias`, `flatAlias "${clause.flatAlias}" is used by "${other}" too`));
      flat.set(clause.flatAlias, clause.id);
    }
    const keys = new Set<string>();
    clause.items?.forEach((item, j) => {
      if (keys.has(item.key)) problems.push(at(`${here}/items/${j}/key`, `duplicate sub-item key "${item.key}" in "${clause.id}"`));
      keys.add(item.key);
    });
  });
  const byId = new Map(data.clauses.map((c) => [c.id, c]));
  const hasChildren = new Set(data.clauses.map((c) => c.parent));
  data.clauses.forEach((clause, i) => {
    if (clause.countsFor === undefined) return;
    const target = byId.get(clause.countsFor);
    const here = `/clauses/${i}/countsFor`;
    if (!target) problems.push(at(here, `countsFor "${clause.countsFor}" of "${clause.id}" is not a clause of this catalog`));
    else if (hasChildren.has(target.id) || target.countsFor !== undefined) {
      problems.push(at(here, `countsFor "${clause.countsFor}" of "${clause.id}" must be a leaf requirement`));
    }
    if (hasChildren.has(clause.id)) problems.push(at(here, `"${clause.id}" has children, so it cannot count for another clause`));
    if (clause.points !== undefined)
      problems.push(at(`/clauses/${i}/points`, `"${clause.id}" counts for "${clause.countsFor}" and carries no points of its own`));
  });
  for (const root of data.standard.roots) {
    if (!seen.has(root)) problems.push(at('/standard/roots', `root "${root}" is not a clause of this catalog`));
  }
  const levels = data.scoring?.levels ?? [];
  levels.forEach((level, i) => {
    if (i > 0 && level.min <= levels[i - 1].min) {
      problems.push(at(`/scoring/levels/${i}/min`, `levels must be in ascending order of min`));
    }
  });
  checkClaims(data, seen, at, problems);
  return problems;
}

/** Claim kinds, scopes and ratios name clauses and each other: those names must exist. */
function checkClaims(
  data: CatalogData,
  clauses: Map<string, number>,
  at: (jsonPath: string, message: string) => CatalogProblem,
  problems: CatalogProblem[],
): void {
  const claims = data.claims;
  if (!claims) return;
  const clause = (id: string, path: string) => {
    if (!clauses.has(id)) problems.push(at(path, `claims: "${id}" is not a clause of this catalog`));
  };
  if (claims.commitmentClause !== undefined) clause(claims.commitmentClause, '/claims/commitmentClause');
  const kinds = new Map<string, number>();
  claims.kinds.forEach((kind, i) => {
    if (kinds.has(kind.id)) problems.push(at(`/claims/kinds/${i}/id`, `duplicate claim kind "${kind.id}"`));
    kinds.set(kind.id, i);
    clause(kind.clause, `/claims/kinds/${i}/clause`);
  });
  const scopes = new Set<string>();
  claims.scopes?.forEach((scope, i) => {
    if (scopes.has(scope.id)) problems.push(at(`/claims/scopes/${i}/id`, `duplicate claim scope "${scope.id}"`));
    scopes.add(scope.id);
  });
  claims.ratios?.forEach((ratio, i) => {
    clause(ratio.clause, `/claims/ratios/${i}/clause`);
    for (const side of ['part', 'whole'] as const) {
      const kind = claims.kinds[kinds.get(ratio[side]) ?? -1];
      if (!kind) problems.push(at(`/claims/ratios/${i}/${side}`, `claims: ratio ${side} "${ratio[side]}" is not a claim kind`));
      else if (kind.unit !== 'people') problems.push(at(`/claims/ratios/${i}/${side}`, `claims: ratio ${side} "${ratio[side]}" must be measured in people`));
    }
  });
}

/** Source offset of the YAML node at a JSON pointer, or of its nearest existing ancestor. */
export function offsetOfPath(doc: Document, jsonPointer: string): number {
  const segments = jsonPointer
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: unknown = doc.contents;
  let offset = doc.contents?.range?.[0] ?? 0;
  for (const segment of segments) {
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => String((p.key as { value?: unknown })?.value ?? p.key) === segment);
      if (pair) {
        offset = (pair.key as YamlNode | null)?.range?.[0] ?? offset;
        next = pair.value;
      }
    } else if (isSeq(node)) {
      next = node.items[Number(segment)];
    }
    if (next === undefined || next === null) break;
    const range = (next as YamlNode).range;
    if (range && !isMap(node)) offset = range[0];
    node = next;
  }
  return offset;
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}
