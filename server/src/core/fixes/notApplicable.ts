// The edit that records `id: reason` under the frontmatter's `not_applicable:`
// of a document (the set's index document, when the tree's "mark not
// applicable" asks): adds the key, extends a block or flow mapping, or replaces
// the entry's reason if the id is listed already. Only the characters that
// change are written (see frontmatterEdit.ts), and the result must parse.
import { isMap, isScalar, type Node as YamlNode, type YAMLMap } from 'yaml';
import type { ParsedDocument } from '../parse/evidenceDocument';
import type { FileEdit } from '../types';
import {
  checkedEdit,
  entryOf,
  pairEnd,
  frontmatterSource,
  hasReason,
  notApplicablePair,
  setValue,
  written,
  yamlScalar,
  type FrontmatterSource,
  type YamlChange,
} from './frontmatterEdit';

export function notApplicableEdit(doc: ParsedDocument, id: string, reason: string): FileEdit | undefined {
  const src = frontmatterSource(doc);
  if (!src) return undefined;
  const change = changeFor(src, id, reason);
  return change && checkedEdit(src, change, (after) => hasReason(after, id, reason));
}

function changeFor(src: FrontmatterSource, id: string, reason: string): YamlChange | undefined {
  const eol = src.doc.lines.eol();
  const entry = `${JSON.stringify(id)}: ${yamlScalar(reason)}`;
  const pair = notApplicablePair(src);
  if (!pair) {
    if (src.yaml.contents !== null && !isMap(src.yaml.contents)) return undefined;
    // After the last line of the frontmatter (the source ends with the line break before the closing ---).
    // With no line between the fences the source is empty: the new lines bring their own break.
    const end = src.text.replace(/(?:\r?\n)$/, '').length;
    const lines = `not_applicable:${eol}  ${entry}`;
    return { start: end, end, text: end > 0 ? `${eol}${lines}` : src.text === '' ? `${lines}${eol}` : lines };
  }
  const value = pair.value;
  if (isMap(value)) {
    const map = value as YAMLMap<YamlNode, YamlNode | null>;
    const listed = entryOf(map, id);
    if (listed) return setValue(src, listed, yamlScalar(reason));
    return map.flow ? addToFlowMap(src, map, entry) : addToBlockMap(src, map, entry, eol);
  }
  if (value !== null && !(isScalar(value) && (value.value === null || value.value === ''))) return undefined;
  // `not_applicable:` with nothing, ~ or null: a block mapping starts on the next line; a comment stays on this one.
  const keyEnd = pair.key && pair.key.range ? pair.key.range[1] : 0;
  const lineEnd = endOfLine(src.text, written(value) ? value.range[1] : keyEnd);
  const start = written(value) ? value.range[0] : lineEnd;
  const rest = src.text.slice(written(value) ? value.range[1] : lineEnd, lineEnd).trim();
  return { start, end: lineEnd, text: `${rest}${eol}  ${entry}` };
}

/** A new last line of a block mapping, with its items' indentation, below the last item and its comment. */
function addToBlockMap(src: FrontmatterSource, map: YAMLMap<YamlNode, YamlNode | null>, entry: string, eol: string): YamlChange {
  const first = map.items[0].key;
  const indent = first.range![0] - src.text.lastIndexOf('\n', first.range![0] - 1) - 1;
  const last = map.items[map.items.length - 1];
  const end = endOfLine(src.text, pairEnd(last));
  return { start: end, end, text: `${eol}${' '.repeat(indent)}${entry}` };
}

/** A new last entry of a flow mapping, before its closing brace. */
function addToFlowMap(src: FrontmatterSource, map: YAMLMap<YamlNode, YamlNode | null>, entry: string): YamlChange | undefined {
  const close = map.range![1] - 1;
  if (src.text[close] !== '}') return undefined;
  if (map.items.length === 0) return { start: close, end: close, text: entry };
  const last = map.items[map.items.length - 1];
  const end = pairEnd(last);
  // A trailing comma is already there: write after it.
  const comma = /^\s*,/.exec(src.text.slice(end, close));
  return comma ? { start: end + comma[0].length, end: end + comma[0].length, text: ` ${entry}` } : { start: end, end, text: `, ${entry}` };
}

/** Offset of the end of the line holding `offset`, before its line break. */
function endOfLine(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  const end = nl < 0 ? text.length : nl;
  return text[end - 1] === '\r' ? end - 1 : end;
}

/** The edit writing the reason of the not_applicable entry whose key starts at `keyOffset` (a document offset). */
export function reasonEdit(doc: ParsedDocument, keyOffset: number, reason: string): FileEdit | undefined {
  const src = frontmatterSource(doc);
  const map = src && notApplicablePair(src)?.value;
  if (!src || !isMap(map)) return undefined;
  const keyStart = keyOffset - src.offset;
  const atKey = (m: unknown) =>
    isMap(m) ? (m as YAMLMap<YamlNode, YamlNode | null>).items.find((p) => (p.key as YamlNode | null)?.range?.[0] === keyStart) : undefined;
  const pair = atKey(map);
  const change = pair && setValue(src, pair, yamlScalar(reason));
  return (
    change &&
    checkedEdit(src, change, (after) => {
      const value = atKey(after.get('not_applicable', true))?.value;
      return isScalar(value) && value.value === reason;
    })
  );
}
