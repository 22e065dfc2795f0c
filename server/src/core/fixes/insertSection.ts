// Builds the edit that inserts a missing clause's section "ready to fill": at
// its ordered place (after the preceding clause's section), at the heading level
// its depth implies, with headings for ancestors that have no section yet.
import { buildSetContext, type DerivedSetParts, type SetContext, type SetSection } from '../analysis/setContext';
import type { Clause } from '../catalog/catalog';
import { openBlockAt } from '../parse/chunks';
import type { ParsedDocument } from '../parse/evidenceDocument';
import { localizer } from '../l10n/messages';
import type { FileEdit, Position } from '../types';
import { stubBlocks } from './sectionStub';

interface InsertionPoint {
  doc: ParsedDocument;
  at: Position;
  /** Heading level of the catalog root's depth (level of depth d = base + d). */
  base: number;
  /** Clauses whose heading is already in place at this point. */
  present: Set<string>;
}

/** The section of the latest clause in catalog order that comes before `order` (the first such section on ties). */
function latestBefore(ctx: SetContext, sections: readonly SetSection[], order: number): SetSection | undefined {
  let best: SetSection | undefined;
  let bestOrder = -1;
  for (const s of sections) {
    const o = s.clause ? ctx.catalog.order.get(s.clause.id)! : -1;
    if (o >= 0 && o < order && o > bestOrder) [best, bestOrder] = [s, o];
  }
  return best;
}

/** Where a missing leaf's section goes. */
export function insertionPoint(ctx: SetContext, leaf: Clause): InsertionPoint {
  const { catalog } = ctx;
  const order = catalog.order.get(leaf.id)!;
  const ancestors = catalog.ancestors(leaf.id);
  const present = new Set(ancestors.filter((a) => ctx.byClause.has(a.id)).map((a) => a.id));
  // The document of the nearest ancestor with a section, else of the closest preceding clause.
  const nearest = ancestors.find((a) => ctx.byClause.has(a.id));
  let doc = nearest ? ctx.byClause.get(nearest.id)![0].doc : undefined;
  // Missing-clause fixes are built on every analysis: linear scans, no sorting of the whole set.
  if (!doc) doc = latestBefore(ctx, ctx.sections, order)?.doc ?? ctx.indexDocument;
  const inDoc = (ctx.sectionsByDoc.get(doc) ?? []).filter((s) => s.clause);
  const before = latestBefore(ctx, inDoc, order);
  const anchor = before ?? inDoc[0];
  let at: Position;
  if (before && ancestors.some((a) => a.id === before.clause!.id)) {
    at = beforeTrailingComments(doc, before.candidate.ownRange.end); // after the ancestor's own text, before its first child
  } else if (before) {
    at = beforeTrailingComments(doc, before.candidate.range.end); // after the preceding clause and its subsections
  } else {
    at = endOfContent(doc);
  }
  const base = anchor ? anchor.candidate.heading.level - catalog.depth(anchor.clause!.id) : 1;
  // A disable-next-line comment aims at the line after it: never come between the two.
  if (doc.control.aimsAtNextLine(at.line)) at = { line: at.line, character: 0 };
  // Text inserted inside an unclosed code fence or comment would be swallowed by it: go above it.
  const open = openBlockAt(doc.text, doc.lines.offsetAt(at));
  if (open !== undefined) at = doc.lines.positionAt(open);
  return { doc, at, base, present };
}

/**
 * Comments right before the next heading belong to it (a clause tag, an
 * evidence-disable): a section inserted above that heading goes above them too.
 */
function beforeTrailingComments(doc: ParsedDocument, end: Position): Position {
  let line = end.line;
  const isComment = (l: number) => /^\s*<!--.*-->\s*$/.test(doc.lines.lineText(l));
  if (!isComment(line)) return end;
  while (line > 0 && (isComment(line) || doc.lines.lineText(line).trim() === '')) line--;
  return { line, character: doc.lines.lineText(line).length };
}

function endOfContent(doc: ParsedDocument): Position {
  let end = doc.text.length;
  while (end > 0 && /\s/.test(doc.text.charAt(end - 1))) end--;
  return doc.lines.positionAt(end);
}

/** Markdown for a section stub, with headings for the missing ancestors below `present`. */
function sectionText(ctx: SetContext, leaf: Clause, point: InsertionPoint, eol: string): string {
  const { catalog } = ctx;
  const chain = [...catalog.ancestors(leaf.id).reverse().filter((a) => catalog.depth(a.id) > 0), leaf];
  const blocks: string[] = [];
  for (const clause of chain) {
    if (point.present.has(clause.id)) continue;
    point.present.add(clause.id);
    const level = Math.min(6, Math.max(1, point.base + catalog.depth(clause.id)));
    blocks.push(`${'#'.repeat(level)} ${clause.id} ${clause.title.zh}`);
  }
  blocks.push(...stubBlocks(leaf, eol));
  return blocks.join(eol + eol);
}

/** One edit per insertion point, inserting the given missing leaves in catalog order. */
export function insertSectionsEdits(ctx: SetContext, leaves: Clause[]): FileEdit[] {
  const sorted = [...leaves].sort((a, b) => ctx.catalog.order.get(a.id)! - ctx.catalog.order.get(b.id)!);
  const byPoint = new Map<string, { point: InsertionPoint; texts: string[] }>();
  for (const leaf of sorted) {
    const fresh = insertionPoint(ctx, leaf);
    const key = `${fresh.doc.path}\u0000${fresh.at.line}:${fresh.at.character}`;
    const group = byPoint.get(key) ?? { point: fresh, texts: [] };
    // Leaves sharing a point share the ancestors already inserted for the first of them.
    group.texts.push(sectionText(ctx, leaf, group.point, group.point.doc.lines.eol()));
    byPoint.set(key, group);
  }
  return [...byPoint.values()].map(({ point, texts }) => {
    const eol = point.doc.lines.eol();
    // At a line start the stub goes above that line; elsewhere (a line's end) below it.
    const lineStart = point.at.character === 0;
    const { lines } = point.doc;
    // A blank line keeps the stub apart from what follows (a comment, a heading, a paragraph).
    const followed = lineStart ? lines.lineText(point.at.line) !== '' : point.at.line + 1 < lines.lineCount && lines.lineText(point.at.line + 1).trim() !== '';
    return {
      path: point.doc.path,
      range: { start: point.at, end: point.at },
      newText: lineStart ? texts.join(eol + eol) + eol + (followed ? eol : '') : eol + eol + texts.join(eol + eol) + (followed ? eol : ''),
    };
  });
}

/** For front ends: the edits inserting sections for the given missing leaves of one evidence set. */
export function insertSectionsForSet(
  input: Omit<SetContext, DerivedSetParts | 't'>,
  clauseIds: string[],
): FileEdit[] {
  const ctx = buildSetContext({ ...input, t: localizer(input.locale) });
  // Only leaf requirements without any section: an empty section is already the place to write.
  const requirements = new Set(ctx.catalog.leaves());
  const leaves = clauseIds.map((id) => ctx.catalog.get(id)).filter((c): c is Clause => c !== undefined && requirements.has(c) && !ctx.evidence.has(c.id));
  return insertSectionsEdits(ctx, leaves);
}
