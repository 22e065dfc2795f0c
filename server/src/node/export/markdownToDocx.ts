// Evidence markdown as Word paragraphs and tables: headings, paragraphs, lists,
// GFM tables, quotes, code and emphasis. Links become their text followed by
// the target, so a printed dossier still says where each piece of evidence is.
import type { Nodes, PhrasingContent, RootContent, Table as MdTable } from 'mdast';
import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, type IRunOptions, type ParagraphChild } from 'docx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { defuseDeepNesting } from '../../core/parse/markdownParser';

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();
const GREY = '57606A';
const MONO = 'Consolas';
/** Twentieths of a point per list level. */
const LIST_INDENT = 420;

export interface MarkdownWords {
  image: string;
}

type Block = Paragraph | Table;
type RunStyle = Pick<IRunOptions, 'bold' | 'italics' | 'strike' | 'font' | 'color'>;

export function markdownToDocx(markdown: string, words: MarkdownWords): Block[] {
  const root = processor.parse(defuseDeepNesting(markdown));
  const out: Block[] = [];
  for (const node of root.children) block(node, out, words, 0);
  return out;
}

function block(node: RootContent, out: Block[], words: MarkdownWords, quoteDepth: number): void {
  const indent = quoteDepth ? { left: quoteDepth * LIST_INDENT } : undefined;
  switch (node.type) {
    case 'heading':
      out.push(new Paragraph({ children: inline(node.children, words, { bold: true }), spacing: { before: 160, after: 80 }, indent, keepNext: true }));
      return;
    case 'paragraph':
      out.push(new Paragraph({ children: inline(node.children, words, {}), spacing: { after: 100 }, indent }));
      return;
    case 'list':
      list(node, out, words, quoteDepth);
      return;
    case 'table':
      out.push(table(node, words));
      out.push(new Paragraph({ children: [], spacing: { after: 60 } }));
      return;
    case 'blockquote':
      for (const child of node.children) block(child, out, words, quoteDepth + 1);
      return;
    case 'code':
      for (const line of node.value.split(/\r?\n/)) out.push(new Paragraph({ children: [new TextRun({ text: line, font: MONO, size: 18 })], indent }));
      return;
    case 'thematicBreak':
      out.push(new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'D0D7DE', space: 1 } } }));
      return;
    case 'definition':
      out.push(new Paragraph({ children: [new TextRun({ text: `[${node.label ?? node.identifier}]: ${node.url}`, color: GREY })], indent }));
      return;
    default:
      // html (clause tags, comments), frontmatter: not part of what the auditor reads.
      return;
  }
}

function list(node: Extract<RootContent, { type: 'list' }>, out: Block[], words: MarkdownWords, level: number): void {
  node.children.forEach((item, i) => {
    const marker = node.ordered ? `${(node.start ?? 1) + i}.` : item.checked === true ? '☑' : item.checked === false ? '☐' : '•';
    let first = true;
    for (const child of item.children) {
      if (child.type === 'list') {
        list(child, out, words, level + 1);
        continue;
      }
      const runs = child.type === 'paragraph' || child.type === 'heading' ? inline(child.children, words, {}) : [new TextRun(plain(child))];
      out.push(
        new Paragraph({
          children: first ? [new TextRun(`${marker}\t`), ...runs] : runs,
          indent: { left: (level + 1) * LIST_INDENT, hanging: first ? LIST_INDENT : 0 },
          tabStops: [{ type: 'left', position: (level + 1) * LIST_INDENT }],
          spacing: { after: 40 },
        }),
      );
      first = false;
    }
  });
}

function table(node: MdTable, words: MarkdownWords): Table {
  const columns = Math.max(1, ...node.children.map((r) => r.children.length));
  const border = { style: BorderStyle.SINGLE, size: 4, color: 'B0B7C0' };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: node.children.map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0 || undefined,
          cantSplit: true,
          children: Array.from({ length: columns }, (_, c) => {
            const cell = row.children[c];
            return new TableCell({
              shading: r === 0 ? { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF1F4' } : undefined,
              children: [new Paragraph({ children: cell ? inline(cell.children, words, r === 0 ? { bold: true } : {}) : [] })],
            });
          }),
        }),
    ),
  });
}

function inline(nodes: PhrasingContent[], words: MarkdownWords, style: RunStyle): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push(new TextRun({ text: node.value.replace(/\r?\n/g, ' '), ...style }));
        break;
      case 'strong':
        out.push(...inline(node.children, words, { ...style, bold: true }));
        break;
      case 'emphasis':
        out.push(...inline(node.children, words, { ...style, italics: true }));
        break;
      case 'delete':
        out.push(...inline(node.children, words, { ...style, strike: true }));
        break;
      case 'inlineCode':
        out.push(new TextRun({ text: node.value, ...style, font: MONO }));
        break;
      case 'break':
        out.push(new TextRun({ text: '', break: 1 }));
        break;
      case 'link': {
        out.push(...inline(node.children, words, style));
        const text = plain(node);
        // A bare URL is its own target: written once.
        if (text !== node.url) out.push(new TextRun({ text: `（${node.url}）`, ...style, color: GREY }));
        break;
      }
      case 'image':
        out.push(new TextRun({ text: `[${words.image}${node.alt ? `：${node.alt}` : ''}]（${node.url}）`, ...style, color: GREY }));
        break;
      case 'linkReference':
      case 'imageReference':
        out.push(new TextRun({ text: plain(node), ...style }));
        break;
      case 'html':
        break; // inline comments and tags are not shown
      default:
        out.push(new TextRun({ text: plain(node), ...style }));
    }
  }
  return out;
}

function plain(node: Nodes): string {
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('alt' in node && typeof node.alt === 'string') return node.alt;
  if ('children' in node) return node.children.map((c) => plain(c as Nodes)).join('');
  return '';
}
