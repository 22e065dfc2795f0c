// Reads the YAML frontmatter of an evidence document, keeping the source range
// of every key the rules and editor features point at.
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node as YamlNode, type Pair } from 'yaml';
import { MAX_YAML_ALIASES } from '../catalog/loadCatalog';
import type { LineIndex } from '../text/lineIndex';
import type { Range } from '../types';
import { canonicalId } from './clauseId';
import { locateYamlError, type YamlErrorKind } from './yamlError';

export interface ValueWithRange<T> {
  value: T;
  /** Range of the whole `key: value` line(s). */
  range: Range;
  keyRange: Range;
}

export interface NotApplicableEntry {
  raw: string;
  id: string;
  reason: string;
  keyRange: Range;
  /** Range of the reason's value, when one is written (even an empty string). */
  valueRange?: Range;
  range: Range;
}

export interface FrontmatterProblem {
  /** Message key; the text is looked up when the rule reports it. */
  key: FrontmatterProblemKey;
  args: string[];
  range: Range;
}

/** A YAML syntax problem's args are its line number (1-based, in the document), then the library's own message. */
export type FrontmatterProblemKey = YamlErrorKind | 'wrongType' | 'badDate' | 'yamlTooComplex';

export interface Frontmatter {
  /** The whole block, fences included. */
  range: Range;
  /** Offset where the YAML content starts. */
  contentOffset: number;
  standard?: ValueWithRange<string>;
  index?: boolean;
  organization?: string;
  owner?: string;
  updated?: ValueWithRange<string>;
  notApplicable: NotApplicableEntry[];
  notApplicableRange?: Range;
  /** 特别扣分项 a self-assessment found (index document): each costs a point outside the score. */
  deductions?: string[];
  /** 特别加分项 (index document): at most one point counts. */
  bonus?: string[];
  problems: FrontmatterProblem[];
  /** Every top-level key and the line it starts on (completion asks which key a line is under). */
  keyLines: { key: string; line: number }[];
}

const KEY_TYPES: Record<string, 'string' | 'boolean' | 'date' | 'map' | 'list'> = {
  standard: 'string',
  index: 'boolean',
  organization: 'string',
  owner: 'string',
  updated: 'date',
  not_applicable: 'map',
  deductions: 'list',
  bonus: 'list',
};

/** The frontmatter of a document, from the YAML block its markdown parse found. */
export function frontmatterOf(yaml: { start: number; end: number }, text: string, lines: LineIndex): Frontmatter {
  const startLine = lines.positionAt(yaml.start).line;
  const contentOffset = lines.lineStart(startLine + 1);
  const block = lines.range(yaml.start, yaml.end);
  return readFrontmatter(text.slice(contentOffset, Math.max(contentOffset, lines.lineStart(block.end.line))), contentOffset, block, lines);
}

export function readFrontmatter(yamlText: string, contentOffset: number, blockRange: Range, lines: LineIndex): Frontmatter {
  const fm: Frontmatter = { range: blockRange, contentOffset, notApplicable: [], problems: [], keyLines: [] };
  const rangeOf = (node: { range?: [number, number, number?] | null } | null | undefined, fallback?: Range): Range =>
    node?.range ? lines.range(contentOffset + node.range[0], contentOffset + node.range[1]) : (fallback ?? blockRange);
  const problem = (key: FrontmatterProblemKey, args: string[], range: Range) => fm.problems.push({ key, args, range });

  const lineCounter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    // One problem per line: the library's further errors on a line follow from the first.
    const reportedLines = new Set<number>();
    for (const e of doc.errors) {
      const located = locateYamlError(yamlText, e);
      const range = lines.range(contentOffset + located.start, contentOffset + located.end);
      if (reportedLines.has(range.start.line)) continue;
      reportedLines.add(range.start.line);
      problem(located.kind, [String(range.start.line + 1), e.message.split('\n')[0]], range);
      if (reportedLines.size === 3) break;
    }
    recoverStandard(yamlText, contentOffset, lines, fm);
    return fm;
  }
  try {
    // Expanding aliases is where a YAML bomb would explode; the cap turns it into an error.
    doc.toJS({ maxAliasCount: MAX_YAML_ALIASES });
  } catch (e) {
    problem('yamlTooComplex', [(e as Error).message], blockRange);
    recoverStandard(yamlText, contentOffset, lines, fm);
    return fm;
  }
  const root = doc.contents;
  if (root === null || root === undefined) return fm;
  if (!isMap(root)) {
    problem('wrongType', ['(frontmatter)', 'map'], blockRange);
    return fm;
  }
  for (const pair of root.items as Pair<YamlNode, YamlNode>[]) {
    const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
    if (key !== undefined) fm.keyLines.push({ key, line: rangeOf(pair.key).start.line });
    if (key === undefined || !(key in KEY_TYPES)) continue;
    const keyRange = rangeOf(pair.key);
    const lineRange: Range = { start: keyRange.start, end: rangeOf(pair.value, keyRange).end };
    const expected = KEY_TYPES[key];
    const value = pair.value;
    if (expected === 'map') {
      if (value === null || (isScalar(value) && (value.value === null || value.value === ''))) continue;
      if (!isMap(value)) {
        problem('wrongType', [key, 'map'], lineRange);
        continue;
      }
      fm.notApplicableRange = lineRange;
      for (const entry of value.items as Pair<YamlNode, YamlNode>[]) {
        const raw = isScalar(entry.key) ? String(entry.key.value) : '';
        const reasonValue = isScalar(entry.value) ? entry.value.value : entry.value;
        const entryKeyRange = rangeOf(entry.key);
        const entryRange: Range = { start: entryKeyRange.start, end: rangeOf(entry.value, entryKeyRange).end };
        if (reasonValue !== null && reasonValue !== undefined && typeof reasonValue !== 'string' && typeof reasonValue !== 'number') {
          problem('wrongType', [`not_applicable.${raw}`, 'string'], entryRange);
        }
        const reason = typeof reasonValue === 'string' || typeof reasonValue === 'number' ? String(reasonValue).trim() : '';
        // `key:` with nothing after it still yields an empty scalar; only a written value has a range worth replacing.
        const valueRange = entry.value?.range && entry.value.range[1] > entry.value.range[0] ? rangeOf(entry.value) : undefined;
        fm.notApplicable.push({ raw, id: canonicalId(raw), reason, keyRange: entryKeyRange, valueRange, range: entryRange });
      }
      continue;
    }
    if (expected === 'list') {
      if (value === null || (isScalar(value) && (value.value === null || value.value === ''))) continue;
      const entries = isSeq(value) ? value.items.map((item) => (isScalar(item) ? item.value : undefined)) : undefined;
      if (!entries || entries.some((e) => typeof e !== 'string' && typeof e !== 'number')) {
        problem('wrongType', [key, 'list of descriptions'], lineRange);
        continue;
      }
      const list = entries.map((e) => String(e).trim()).filter((e) => e !== '');
      if (key === 'deductions') fm.deductions = list;
      else fm.bonus = list;
      continue;
    }
    const scalar = isScalar(value) ? value.value : undefined;
    if (expected === 'boolean') {
      if (typeof scalar !== 'boolean') problem('wrongType', [key, 'boolean'], lineRange);
      else fm.index = scalar;
    } else if (expected === 'string') {
      if (typeof scalar !== 'string' && typeof scalar !== 'number') {
        problem('wrongType', [key, 'string'], lineRange);
        continue;
      }
      const text = String(scalar);
      if (key === 'standard') fm.standard = { value: text, range: lineRange, keyRange };
      else if (key === 'organization') fm.organization = text;
      else fm.owner = text;
    } else if (expected === 'date') {
      const text = typeof scalar === 'string' ? scalar : scalar instanceof Date ? scalar.toISOString().slice(0, 10) : undefined;
      if (text === undefined || !isIsoDate(text)) problem('badDate', [key, String((scalar as string | number | boolean | null | undefined) ?? '')], lineRange);
      else fm.updated = { value: text, range: lineRange, keyRange };
    }
  }
  return fm;
}

function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const d = new Date(text + 'T00:00:00Z');
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(text);
}

/** With broken YAML, a `standard:` line still tells which set the document belongs to. */
function recoverStandard(yamlText: string, contentOffset: number, lines: LineIndex, fm: Frontmatter): void {
  const m = /^standard[ \t]*:[ \t]*["']?([^"'\r\n#]+?)["']?[ \t]*(?:#.*)?$/m.exec(yamlText);
  if (!m) return;
  const start = contentOffset + m.index;
  const range = lines.range(start, start + m[0].length);
  fm.standard = { value: m[1].trim(), range, keyRange: lines.range(start, start + 'standard'.length) };
}
