// Markdown -> evidence model of one document. Knows nothing of catalogs:
// which numbered headings are clause sections is decided per set, where the
// document's standard is known.
import { LineIndex } from '../text/lineIndex';
import { countWords } from '../text/textLength';
import type { Range } from '../types';
import { clauseTag, headingId, referenceIds } from './clauseId';
import { frontmatterOf, type Frontmatter } from './frontmatter';
import { InlineControl } from './inlineControl';
import { mergeChunks, parseChunks, type Chunk } from './chunks';
import { locateInSource, type MarkdownFacts } from './markdownFacts';

export interface LinkInfo {
  url: string;
  range: Range;
  kind: 'link' | 'image' | 'definition';
  /** The target is a file path (not a URL, mailto or in-page anchor). */
  local: boolean;
}

export interface HeadingInfo {
  level: number;
  line: number;
  range: Range;
  start: number;
  end: number;
  /** Source text of the heading content (markers and closing #s left out). */
  text: string;
  contentStart: number;
}

export interface Placeholder {
  text: string;
  range: Range;
}

/** What the weakness rules need to know about a section's own text. */
export interface SectionFacts {
  /** Own text length: CJK characters and Latin words count 1 each. */
  length: number;
  /** Own text as plain text (link texts included), for keyword matching. */
  plainText: string;
  links: LinkInfo[];
  /** Links through [text][ref] references that resolve to a definition. */
  referencedLinks: number;
  placeholders: Placeholder[];
  /** Sub-item keys (a, b, c…) that a line, list item or heading starts with. */
  subItemMarkers: Set<string>;
}

export interface SectionCandidate {
  kind: 'heading' | 'comment';
  raw: string;
  /** Canonical id. */
  id: string;
  /** Written with §. */
  section: boolean;
  idRange: Range;
  heading: HeadingInfo;
  title: string;
  titleRange: Range;
  /** Until the next heading of the same or a higher level. */
  range: Range;
  /** Own text: until the next heading of any level. */
  ownRange: Range;
  facts: SectionFacts;
  /**
   * A numbered heading with a clause tag comment beside it (`### 3.1 客户关系` +
   * `<!-- clause: 5.3.1 -->`): the tagged reading, for when the number turns out
   * to be the document's own numbering (decided per set, where the catalog is known).
   */
  commentTag?: SectionCandidate;
}

export interface ReferenceInfo {
  raw: string;
  id: string;
  range: Range;
}

export interface ParsedDocument {
  path: string;
  text: string;
  lines: LineIndex;
  frontmatter?: Frontmatter;
  headings: HeadingInfo[];
  sections: SectionCandidate[];
  references: ReferenceInfo[];
  links: LinkInfo[];
  control: InlineControl;
  /** The pieces the text was parsed in; the next version of the document reuses unchanged ones. */
  chunks: readonly Chunk[];
}

type Collected = MarkdownFacts & { lines: LineIndex; text: string };

// Template leftovers: markers, runs of X/×/＊ (XXXX制度), blanks to fill in (____, ＿＿＿), 【待填】.
export const PLACEHOLDER = /\b(?:TODO|TBD|FIXME)\b|[Xx×＊]{3,}|××|_{4,}|＿{3,}|【待[填补][^】\r\n]{0,20}】|待补充|待完善|待填写|待定|此处填写|（略）|\(略\)/gi;
/** A line of underscores alone is a thematic break, not a blank to fill in. */
const RULE_LINE = /^[ \t]*(?:_[ \t]*){3,}$/;
const SUB_ITEM_LINE = /^[ \t]*(?:(?:[-*+]|\d+[.)]|#{1,6}|>)[ \t]+)*(?:[(（]([a-zａ-ｚ])[)）]|([a-zａ-ｚ])[)）])/;

/** What an earlier version of a document lends the next one: its pieces, and its frontmatter if unchanged. */
export type EarlierVersion = Pick<ParsedDocument, 'chunks'> & Partial<Pick<ParsedDocument, 'text' | 'frontmatter'>>;

/** Builds the evidence model of a document; `previous` (its last version) lets unchanged pieces skip parsing. */
export function parseEvidenceDocument(path: string, text: string, previous?: EarlierVersion): ParsedDocument {
  const lines = new LineIndex(text);
  // Pieces of this very text (restored from the cache, parsed in a worker) are taken as they are, not cut again.
  const chunks = previous?.text === text ? previous.chunks : parseChunks(text, previous?.chunks);
  const c: Collected = { ...mergeChunks(chunks), lines, text };
  const links = c.links.map((l) => linkInfo(c, l));
  const control = new InlineControl();
  // HTML by starting line: clause tags are looked up on the lines around each heading.
  const htmlByLine = new Map<number, Collected['html']>();
  for (const h of c.html) {
    const line = lines.positionAt(h.start).line;
    control.scan(h.value, line);
    htmlByLine.set(line, [...(htmlByLine.get(line) ?? []), h]);
  }

  // Frontmatter sits at the start, so identical frontmatter text means identical ranges too.
  const sameFrontmatter = previous?.frontmatter && previous.text !== undefined && c.yaml && previous.text.slice(0, c.yaml.end) === text.slice(0, c.yaml.end);
  const frontmatter = sameFrontmatter ? previous.frontmatter : c.yaml ? frontmatterOf(c.yaml, text, lines) : undefined;
  const headings = c.headings.map((h): HeadingInfo => ({
    level: h.level,
    line: lines.positionAt(h.start).line,
    range: lines.range(h.start, h.end),
    start: h.start,
    end: h.end,
    text: text.slice(h.contentStart, h.contentEnd),
    contentStart: h.contentStart,
  }));
  const sections: SectionCandidate[] = [];
  const headingIdOffsets = new Set<number>();

  headings.forEach((heading, i) => {
    // A section ends where the line of the next heading starts: a heading inside a quote or a list
    // starts mid-line ("> ## …"), and its container markers belong to it, not to the section before.
    const ownEnd = i + 1 < headings.length ? lines.lineStart(headings[i + 1].line) : text.length;
    let sectionEnd = text.length;
    for (let j = i + 1; j < headings.length; j++) {
      if (headings[j].level <= heading.level) {
        sectionEnd = lines.lineStart(headings[j].line);
        break;
      }
    }
    const numbered = numberedHeading(heading);
    const comment = commentTagOf(heading, htmlByLine, lines);
    const tag = numbered ?? comment;
    if (!tag) return;
    if (tag.kind === 'heading') headingIdOffsets.add(tag.idStart);
    const range = lines.range(heading.start, trimEnd(text, sectionEnd));
    const ownRange = lines.range(heading.start, trimEnd(text, ownEnd));
    const facts = sectionFacts(text, lines, c, links, heading.end, ownEnd);
    const candidate = (t: HeadingTag): SectionCandidate => ({
      kind: t.kind,
      raw: t.raw,
      id: t.id,
      section: t.section,
      idRange: lines.range(t.idStart, t.idStart + t.raw.length),
      heading,
      title: t.title,
      titleRange: lines.range(t.titleStart, heading.contentStart + heading.text.length),
      range,
      ownRange,
      facts,
    });
    const section = candidate(tag);
    // The tagged reading keeps the title without the document's own number.
    if (numbered && comment) section.commentTag = candidate({ ...comment, title: numbered.title, titleStart: numbered.titleStart });
    sections.push(section);
  });

  const references: ReferenceInfo[] = [];
  for (const run of c.runs) {
    for (const ref of referenceIds(run.value)) {
      const start = locateInSource(text, run.start, run.end, ref.offset, ref.raw);
      if (headingIdOffsets.has(start)) continue;
      references.push({ raw: ref.raw, id: ref.id, range: lines.range(start, start + ref.raw.length) });
    }
  }

  return { path, text, lines, frontmatter, headings, sections, references, links, control, chunks };
}

interface HeadingTag {
  kind: 'heading' | 'comment';
  raw: string;
  id: string;
  section: boolean;
  idStart: number;
  title: string;
  titleStart: number;
}

/** A heading whose text starts with a number: a clause id, or the document's own numbering. */
function numberedHeading(heading: HeadingInfo): HeadingTag | undefined {
  // Emphasis around the number (`**5.1.1** 标题`) is markup, not part of the id.
  const lead = /^[*_]*/.exec(heading.text)![0].length;
  const found = headingId(heading.text.slice(lead));
  if (!found) return undefined;
  const idStart = heading.contentStart + lead + found.offset;
  const after = heading.text.slice(lead + found.offset + found.raw.length);
  const titleLead = /^[*_]*[\s\u3000:：、.．\-—]*[*_]*/.exec(after)![0].length;
  return {
    kind: 'heading',
    raw: found.raw,
    id: found.id,
    section: found.section,
    idStart,
    title: stripMarkup(after.slice(titleLead)),
    titleStart: idStart + found.raw.length + titleLead,
  };
}

/** A `<!-- clause: id -->` comment on the line right before or right after the heading. */
function commentTagOf(heading: HeadingInfo, htmlByLine: Map<number, Collected['html']>, lines: LineIndex): HeadingTag | undefined {
  const endLine = lines.positionAt(heading.end).line;
  for (const h of [...(htmlByLine.get(heading.line - 1) ?? []), ...(htmlByLine.get(endLine + 1) ?? [])]) {
    const tag = clauseTag(h.value);
    if (!tag) continue;
    return {
      kind: 'comment',
      raw: tag.raw,
      id: tag.id,
      section: false,
      idStart: h.start + tag.offset,
      title: stripMarkup(heading.text),
      titleStart: heading.contentStart,
    };
  }
  return undefined;
}

function sectionFacts(text: string, lines: LineIndex, c: Collected, linkInfos: LinkInfo[], start: number, end: number): SectionFacts {
  let length = 0;
  const plain: string[] = [];
  for (let i = firstAt(c.runs, start); i < c.runs.length && c.runs[i].start < end; i++) {
    const run = c.runs[i];
    if (run.inHeading) continue;
    plain.push(run.value);
    if (!run.inLink) length += countWords(run.value);
  }
  const links: LinkInfo[] = [];
  for (let i = firstAt(c.links, start); i < c.links.length && c.links[i].start < end; i++) links.push(linkInfos[i]);
  // References only parse as such when their definition exists, so each one is a link.
  let referencedLinks = 0;
  for (let i = firstAt(c.refs, start); i < c.refs.length && c.refs[i].start < end; i++) referencedLinks++;
  const own = text.slice(start, end);
  const placeholders: Placeholder[] = [];
  for (const m of own.matchAll(PLACEHOLDER)) {
    const at = start + m.index;
    if (m[0].startsWith('_') && RULE_LINE.test(lines.lineText(lines.positionAt(at).line))) continue;
    placeholders.push({ text: m[0], range: lines.range(at, at + m[0].length) });
  }
  const subItemMarkers = new Set<string>();
  for (const line of own.split(/\r\n|\r|\n/)) {
    const m = SUB_ITEM_LINE.exec(line);
    if (m) subItemMarkers.add(foldLetter(m[1] ?? m[2]));
  }
  return { length, plainText: plain.join(' '), links, referencedLinks, placeholders, subItemMarkers };
}

/** Index of the first element starting at or after `offset` (elements are in source order). */
function firstAt<T extends { start: number }>(items: T[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function linkInfo(c: Collected, l: MarkdownFacts['links'][number]): LinkInfo {
  return { url: l.url, kind: l.kind, local: l.local, range: urlRange(c, l.url, l.start, l.end) };
}

/** Range of the destination inside a link's source, or the whole link when it is not written literally. */
function urlRange(c: Collected, url: string, start: number, end: number): Range {
  const source = c.text.slice(start, end);
  for (const candidate of [url, encodeURI(url)]) {
    const at = candidate ? source.lastIndexOf(candidate) : -1;
    if (at >= 0) return c.lines.range(start + at, start + at + candidate.length);
  }
  return c.lines.range(start, end);
}

function foldLetter(ch: string): string {
  const code = ch.charCodeAt(0);
  return code >= 0xff41 ? String.fromCharCode(code - 0xfee0) : ch;
}

function stripMarkup(title: string): string {
  return title.replace(/[*_`]/g, '').trim();
}

/** Section ranges end before trailing blank lines, so they do not swallow the gap. */
function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text.charAt(e - 1))) e--;
  return e;
}
