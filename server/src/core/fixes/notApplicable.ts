// The edit that records `id: reason` under the frontmatter's `not_applicable:`
// of a document (the set's index document, when the tree's "mark not
// applicable" asks): adds the key, extends a block mapping, rewrites an inline
// one, or replaces the entry's reason if the id is listed already.
import { parse as parseYaml } from 'yaml';
import type { ParsedDocument } from '../parse/evidenceDocument';
import type { FileEdit } from '../types';

const FRONTMATTER = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

/** A plain YAML scalar where that is safe, else a JSON (double-quoted YAML) string. */
function yamlScalar(s: string): string {
  return /^[^\s\-?:,[\]{}#&*!|>'"%@`][^:#]*$/.test(s) && !/\s$/.test(s) ? s : JSON.stringify(s);
}

export function notApplicableEdit(doc: ParsedDocument, id: string, reason: string): FileEdit | undefined {
  const text = doc.text;
  const fm = FRONTMATTER.exec(text);
  if (!fm) return undefined;
  const eol = doc.lines.eol();
  const entry = (indent: string): string => `${indent}${JSON.stringify(id)}: ${yamlScalar(reason)}`;
  const replace = (offset: number, length: number, newText: string): FileEdit => ({ path: doc.path, range: doc.lines.range(offset, offset + length), newText });
  const bodyStart = text.indexOf(fm[1]);
  const lines = fm[1].split(/\r?\n/);
  const offsets: number[] = [];
  let o = bodyStart;
  for (const l of lines) {
    offsets.push(o);
    o += l.length + (text.startsWith('\r\n', o + l.length) ? 2 : 1);
  }
  const keyLine = lines.findIndex((l) => /^not_applicable[ \t]*:/.test(l));
  if (keyLine < 0) return replace(bodyStart + fm[1].length, 0, `${eol}not_applicable:${eol}${entry('  ')}`);
  const rest = lines[keyLine].replace(/^not_applicable[ \t]*:/, '').replace(/#.*$/, '').trim();
  if (rest === '{}' || rest === '~' || rest === 'null') {
    return replace(offsets[keyLine], lines[keyLine].length, `not_applicable:${eol}${entry('  ')}`);
  }
  if (rest !== '') {
    // An inline mapping: parse, add, and write it back in block style.
    let value: Record<string, unknown>;
    try {
      value = (parseYaml(rest) as Record<string, unknown>) ?? {};
    } catch {
      return undefined;
    }
    value[id] = reason;
    const block = Object.entries(value).map(([k, v]) => `  ${JSON.stringify(k)}: ${yamlScalar(String(v ?? ''))}`);
    return replace(offsets[keyLine], lines[keyLine].length, ['not_applicable:', ...block].join(eol));
  }
  let last = keyLine;
  let indent = '  ';
  for (let i = keyLine + 1; i < lines.length; i++) {
    const l = lines[i];
    if (l.trim() === '') continue;
    const m = /^([ \t]+)/.exec(l);
    if (!m) break;
    if (last === keyLine) indent = m[1];
    const key = /^[ \t]+["']?([^"':]+?)["']?[ \t]*:/.exec(l)?.[1];
    if (key === id) return replace(offsets[i], l.length, entry(indent));
    last = i;
  }
  return replace(offsets[last] + lines[last].length, 0, `${eol}${entry(indent)}`);
}
