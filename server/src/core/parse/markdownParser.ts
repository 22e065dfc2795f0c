import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// One frozen processor: building it per document would cost more than some parses.
// No remark-gfm: it costs ~40 % on top of parsing, and what evidence needs from it
// (bare URLs as links) is found in text runs instead (see evidenceDocument.ts).
// Tables still parse as paragraphs whose links and text count as usual.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();

/** Deeper indentation than this is no real evidence document; see defuseDeepNesting. */
const MAX_INDENT = 64;
const DEEP_INDENT = new RegExp(`^([ \\t]{${MAX_INDENT}})([ \\t]+)`, 'gm');

/**
 * Micromark's cost grows steeply with list nesting (1,000 levels take ~30 s).
 * Indentation past MAX_INDENT columns is turned into no-break spaces, which
 * markdown treats as text: the structure flattens, every offset stays the same.
 */
export function defuseDeepNesting(text: string): string {
  return defuseDeepContainers(text.replace(DEEP_INDENT, (_, keep: string, rest: string) => keep + '\u00a0'.repeat(rest.length)));
}

/** More block-quote or list markers at the start of one line than this is no real document either. */
const MAX_CONTAINERS = 32;
const CONTAINER_MARKER = /[ \t]{0,3}(?:>|[-+*](?=[ \t\r\n]|$)|\d{1,9}[.)](?=[ \t\r\n]|$))[ \t]*/y;

/**
 * `>>>>…` or `- - - …` thousands deep on one line overflow the parser's stack
 * (and cost minutes before that). Markers past MAX_CONTAINERS on a line become
 * no-break spaces, i.e. text: same length, every offset stays the same.
 */
function defuseDeepContainers(text: string): string {
  let out = '';
  let copied = 0;
  for (let lineStart = 0; lineStart < text.length;) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let pos = lineStart;
    let count = 0;
    let cutFrom = -1;
    while (pos < lineEnd) {
      CONTAINER_MARKER.lastIndex = pos;
      const m = CONTAINER_MARKER.exec(text);
      if (!m || m[0].length === 0) break;
      if (++count === MAX_CONTAINERS + 1) cutFrom = pos;
      pos += m[0].length;
    }
    if (cutFrom >= 0) {
      out += text.slice(copied, cutFrom) + text.slice(cutFrom, pos).replace(/[^ \t\r\n]/g, '\u00a0');
      copied = pos;
    }
    lineStart = lineEnd + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

export function parseMarkdown(text: string): Root {
  return processor.parse(defuseDeepNesting(text));
}
