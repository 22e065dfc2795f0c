import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// One frozen processor: building it per document would cost more than some parses.
const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).freeze();

/** Deeper indentation than this is no real evidence document; see defuseDeepNesting. */
const MAX_INDENT = 64;
const DEEP_INDENT = new RegExp(`^([ \\t]{${MAX_INDENT}})([ \\t]+)`, 'gm');

/**
 * Micromark's cost grows steeply with list nesting (1,000 levels take ~30 s).
 * Indentation past MAX_INDENT columns is turned into no-break spaces, which
 * markdown treats as text: the structure flattens, every offset stays the same.
 */
export function defuseDeepNesting(text: string): string {
  return text.replace(DEEP_INDENT, (_, keep: string, rest: string) => keep + '\u00a0'.repeat(rest.length));
}

export function parseMarkdown(text: string): Root {
  return processor.parse(defuseDeepNesting(text));
}
