// Small, checked edits of a document's YAML frontmatter. The yaml library
// locates what to change; only those characters are rewritten, so comments,
// quoting and number formats elsewhere stay as the author wrote them, and an
// edit whose result would not parse is never offered.
import { isMap, isScalar, parseDocument, type Document, type Node as YamlNode, type Pair, type YAMLMap } from 'yaml';
import { canonicalId } from '../parse/clauseId';
import type { ParsedDocument } from '../parse/evidenceDocument';
import type { FileEdit } from '../types';

/** The frontmatter's YAML source and where it starts in the document. */
export interface FrontmatterSource {
  doc: ParsedDocument;
  offset: number;
  text: string;
  yaml: Document.Parsed;
}

/** One change, in offsets of the YAML source. */
export interface YamlChange {
  start: number;
  end: number;
  text: string;
}

export function frontmatterSource(doc: ParsedDocument): FrontmatterSource | undefined {
  const fm = doc.frontmatter;
  if (!fm) return undefined;
  const end = doc.lines.lineStart(fm.range.end.line);
  if (end < fm.contentOffset) return undefined;
  const text = doc.text.slice(fm.contentOffset, end);
  const yaml = parseDocument(text, { keepSourceTokens: true, uniqueKeys: false });
  if (yaml.errors.length > 0) return undefined;
  return { doc, offset: fm.contentOffset, text, yaml };
}

/** A YAML scalar for a string: plain where YAML reads it back as the same string, else double-quoted. */
export function yamlScalar(s: string): string {
  // No flow indicators either: the same text must be plain inside a flow mapping too.
  const plain = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^:#\r\n\t,[\]{}]*$/.test(s) && !/\s$/.test(s);
  if (plain) {
    const back = parseDocument(s);
    if (back.errors.length === 0 && back.contents !== null && isScalar(back.contents) && back.contents.value === s) return s;
  }
  // JSON strings are YAML double-quoted scalars; line breaks become \n escapes.
  return JSON.stringify(s);
}

/** The `not_applicable` mapping of the frontmatter, or its pair when the value is not a mapping. */
export function notApplicablePair(src: FrontmatterSource): Pair<YamlNode, YamlNode | null> | undefined {
  const root = src.yaml.contents;
  if (!isMap(root)) return undefined;
  return (root as YAMLMap<YamlNode, YamlNode | null>).items.find((p) => isScalar(p.key) && p.key.value === 'not_applicable');
}

/** The entry of a clause in a not_applicable mapping, matched as the frontmatter reader matches it. */
export function entryOf(map: YAMLMap<YamlNode, YamlNode | null>, id: string): Pair<YamlNode, YamlNode | null> | undefined {
  return map.items.find((p) => isScalar(p.key) && canonicalId(String(p.key.value)) === id);
}

/** Whether a node has source text (an empty `key:` value has none). */
export function written(node: YamlNode | null | undefined): node is YamlNode & { range: [number, number, number] } {
  return !!node?.range && node.range[1] > node.range[0];
}

/** Offset of a pair's colon, if it has one. */
function colonOf(pair: Pair<YamlNode, YamlNode | null>): number | undefined {
  return (pair as { srcToken?: { sep?: { type: string; offset: number }[] } }).srcToken?.sep?.find((t) => t.type === 'map-value-ind')?.offset;
}

/** Where a pair's source ends: after its value, or after its colon when it has no value. */
export function pairEnd(pair: Pair<YamlNode, YamlNode | null>): number {
  if (written(pair.value)) return pair.value.range[1];
  const colon = colonOf(pair);
  return colon !== undefined ? colon + 1 : pair.key.range![1];
}

/** The change setting a pair's value: the written value is replaced, or the value goes right after the colon and its space. */
export function setValue(src: FrontmatterSource, pair: Pair<YamlNode, YamlNode | null>, scalar: string): YamlChange | undefined {
  if (written(pair.value)) return { start: pair.value.range[0], end: pair.value.range[1], text: scalar };
  const colon = colonOf(pair);
  if (colon === undefined) return undefined;
  const spaced = /[ \t]/.test(src.text.charAt(colon + 1));
  const at = colon + (spaced ? 2 : 1);
  // A comment needs a space before it; a comma, brace or line end does not.
  const next = src.text.charAt(at);
  const after = next === '' || /[\s,}\]]/.test(next) ? '' : ' ';
  return { start: at, end: at, text: `${spaced ? '' : ' '}${scalar}${after}` };
}

/**
 * The document edit for a change, if the frontmatter still parses after it and
 * `check` accepts the result; undefined otherwise.
 */
export function checkedEdit(src: FrontmatterSource, change: YamlChange, check: (after: Document.Parsed) => boolean): FileEdit | undefined {
  const after = parseDocument(src.text.slice(0, change.start) + change.text + src.text.slice(change.end), { uniqueKeys: true });
  if (after.errors.length > 0 || !check(after)) return undefined;
  return { path: src.doc.path, range: src.doc.lines.range(src.offset + change.start, src.offset + change.end), newText: change.text };
}

/** Whether a parsed frontmatter gives the clause this reason under not_applicable. */
export function hasReason(after: Document.Parsed, id: string, reason: string): boolean {
  const map = after.get('not_applicable', true);
  if (!isMap(map)) return false;
  const pair = entryOf(map as YAMLMap<YamlNode, YamlNode | null>, id);
  const value = pair && isScalar(pair.value) ? pair.value.value : undefined;
  return (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') && String(value) === reason;
}
