// Walks one parsed piece of markdown and keeps only what the evidence model
// needs, with offsets relative to that piece. Much smaller than the mdast
// tree, so a document can keep its pieces' facts for reuse after an edit.
import type { Nodes } from 'mdast';
import { parseMarkdown } from './markdownParser';

export interface TextRun {
  start: number;
  end: number;
  value: string;
  inHeading: boolean;
  inLink: boolean;
}

export interface LinkFact {
  url: string;
  kind: 'link' | 'image' | 'definition';
  local: boolean;
  start: number;
  end: number;
}

export interface HeadingFact {
  level: number;
  start: number;
  end: number;
  /** Source span of the heading content (markers and closing #s left out). */
  contentStart: number;
  contentEnd: number;
}

export interface MarkdownFacts {
  headings: HeadingFact[];
  runs: TextRun[];
  links: LinkFact[];
  refs: { start: number; identifier: string }[];
  html: { start: number; end: number; value: string }[];
  yaml?: { start: number; end: number; value: string };
}

/** A bare URL in text (GFM autolink literal): evidence as much as a written link. */
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()（）【】「」，。；、！？"']+/g;

export function emptyFacts(): MarkdownFacts {
  return { headings: [], runs: [], links: [], refs: [], html: [] };
}

export function collectFacts(text: string): MarkdownFacts {
  const f = emptyFacts();
  const visit = (node: Nodes, inHeading: boolean, inLink: boolean): void => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    switch (node.type) {
      case 'yaml':
        f.yaml = { start, end, value: node.value };
        return;
      case 'heading': {
        const first = node.children[0]?.position?.start.offset ?? end;
        const last = node.children[node.children.length - 1]?.position?.end.offset ?? end;
        f.headings.push({ level: node.depth, start, end, contentStart: first, contentEnd: Math.max(first, last) });
        inHeading = true;
        break;
      }
      case 'text':
      case 'inlineCode':
        f.runs.push({ start, end, value: node.value, inHeading, inLink });
        if (node.type === 'text' && !inLink && !inHeading) bareUrls(f, text, node.value, start, end);
        return;
      case 'html':
        f.html.push({ start, end, value: node.value });
        return;
      case 'link':
      case 'image':
      case 'definition':
        f.links.push({ url: node.url, kind: node.type, local: isLocalTarget(node.url), start, end });
        if (node.type !== 'link') return;
        inLink = true;
        break;
      case 'linkReference':
      case 'imageReference':
        f.refs.push({ start, identifier: node.identifier });
        if (node.type === 'imageReference') return;
        inLink = true;
        break;
      case 'code':
        return;
    }
    if ('children' in node) for (const child of node.children) visit(child, inHeading, inLink);
  };
  visit(parseMarkdown(text), false, false);
  return f;
}

function bareUrls(f: MarkdownFacts, text: string, value: string, start: number, end: number): void {
  if (!value.includes('http') && !value.includes('www.')) return;
  for (const m of value.matchAll(BARE_URL)) {
    const at = locateInSource(text, start, end, m.index, m[0]);
    f.links.push({ url: m[0], kind: 'link', local: false, start: at, end: at + m[0].length });
  }
}

/** Source offset of a match inside a text node; escapes and entities can make value and source differ. */
export function locateInSource(text: string, start: number, end: number, offsetInValue: number, raw: string): number {
  const guess = start + offsetInValue;
  if (text.startsWith(raw, guess)) return guess;
  const found = text.slice(start, end).indexOf(raw);
  return found >= 0 ? start + found : guess;
}

function isLocalTarget(url: string): boolean {
  if (url === '' || url.startsWith('#')) return false;
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('//');
}
