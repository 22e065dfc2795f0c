// Builds the edit that inserts a missing clause's section "ready to fill": at
// its ordered place (after the preceding clause's section), at the heading level
// its depth implies, with headings for ancestors that have no section yet.
import type { SetContext, SetSection } from '../analysis/setContext';
import type { Clause } from '../catalog/catalog';
import type { ParsedDocument } from '../parse/evidenceDocument';
import type { FileEdit, Position } from '../types';
import { beforeTrailingComments, insertBlocksEdit, safePlace } from './insertionPlace';
import { stubBlocks } from './sectionStub';

interface InsertionPoint {
  doc: ParsedDocument;
  at: Position;
  /** Heading level of the catalog root's depth (level of depth d = base + d). */
  base: number;
  /** Clauses whose heading is already in place at this point. */
  present: Set<string>;
  /** Missing ancestors whose headings go above a child already in the document, by place (root first). */
  groups: { at: Position; clauses: Clause[] }[];
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
  at = safePlace(doc, at);
  return { doc, at, base, present, groups: groupsAboveChildren(ctx, doc, inDoc, ancestors, present, at) };
}

/**
 * A missing group whose children already have sections before the insertion
 * point gets its heading above the first of them, not after them: the
 * inserted leaf then needs no heading for it.
 */
function groupsAboveChildren(
  ctx: SetContext,
  doc: ParsedDocument,
  inDoc: readonly SetSection[],
  ancestors: Clause[],
  present: Set<string>,
  at: Position,
): InsertionPoint['groups'] {
  const { catalog } = ctx;
  const groups: InsertionPoint['groups'] = [];
  for (const group of [...ancestors].reverse()) {
    if (present.has(group.id) || catalog.depth(group.id) === 0) continue;
    const first = inDoc.find((s) => catalog.ancestors(s.clause!.id).some((a) => a.id === group.id));
    if (!first || first.candidate.heading.line > at.line || (first.candidate.heading.line === at.line && at.character === 0)) continue;
    const place = safePlace(doc, { line: aboveLeadingComments(doc, first.candidate.heading.line), character: 0 });
    const same = groups.find((g) => g.at.line === place.line && g.at.character === place.character);
    if (same) same.clauses.push(group);
    else groups.push({ at: place, clauses: [group] });
    present.add(group.id);
  }
  return groups;
}

/** The first of the comment lines right above a heading (its clause tag, a disable comment), or the heading's line. */
function aboveLeadingComments(doc: ParsedDocument, line: number): number {
  while (line > 0 && /^\s*<!--.*-->\s*$/.test(doc.lines.lineText(line - 1))) line--;
  return line;
}

function endOfContent(doc: ParsedDocument): Position {
  let end = doc.text.length;
  while (end > 0 && /\s/.test(doc.text.charAt(end - 1))) end--;
  return doc.lines.positionAt(end);
}

/** A clause's heading line at the level its depth implies (`base`: the level of the catalog's root). */
export function headingLine(ctx: Pick<SetContext, 'catalog'>, clause: Clause, base: number): string {
  const level = Math.min(6, Math.max(1, base + ctx.catalog.depth(clause.id)));
  return `${'#'.repeat(level)} ${clause.id} ${clause.title.zh}`;
}

/** Markdown for a section stub, with headings for the missing ancestors below `present`. */
function sectionText(ctx: SetContext, leaf: Clause, point: InsertionPoint, eol: string): string {
  const { catalog } = ctx;
  const chain = [
    ...catalog
      .ancestors(leaf.id)
      .reverse()
      .filter((a) => catalog.depth(a.id) > 0),
    leaf,
  ];
  const blocks: string[] = [];
  for (const clause of chain) {
    if (point.present.has(clause.id)) continue;
    point.present.add(clause.id);
    blocks.push(headingLine(ctx, clause, point.base));
  }
  blocks.push(...stubBlocks(leaf, eol));
  return blocks.join(eol + eol);
}

/** One edit per insertion point, inserting the given missing leaves in catalog order (group headings above their children first). */
export function insertSectionsEdits(ctx: SetContext, leaves: Clause[]): FileEdit[] {
  const sorted = [...leaves].sort((a, b) => ctx.catalog.order.get(a.id)! - ctx.catalog.order.get(b.id)!);
  const byPoint = new Map<string, { point: InsertionPoint; texts: string[] }>();
  const groupEdits = new Map<string, { doc: ParsedDocument; at: Position; headings: string[] }>();
  const groupsDone = new Set<string>();
  for (const leaf of sorted) {
    const fresh = insertionPoint(ctx, leaf);
    const key = `${fresh.doc.path}\u0000${fresh.at.line}:${fresh.at.character}`;
    const group = byPoint.get(key) ?? { point: fresh, texts: [] };
    for (const { at, clauses } of fresh.groups) {
      const groupKey = `${fresh.doc.path}\u0000${at.line}:${at.character}`;
      const edit = groupEdits.get(groupKey) ?? { doc: fresh.doc, at, headings: [] };
      for (const clause of clauses) {
        group.point.present.add(clause.id);
        if (groupsDone.has(`${fresh.doc.path}\u0000${clause.id}`)) continue;
        groupsDone.add(`${fresh.doc.path}\u0000${clause.id}`);
        edit.headings.push(headingLine(ctx, clause, fresh.base));
      }
      groupEdits.set(groupKey, edit);
    }
    // Leaves sharing a point share the ancestors already inserted for the first of them.
    group.texts.push(sectionText(ctx, leaf, group.point, group.point.doc.lines.eol()));
    byPoint.set(key, group);
  }
  // Two insertions at one place would have no defined order: the group headings lead that place's text instead.
  for (const [key, g] of groupEdits) {
    const same = byPoint.get(key);
    if (!same) continue;
    same.texts.unshift(...g.headings);
    groupEdits.delete(key);
  }
  return [
    ...[...groupEdits.values()].filter((g) => g.headings.length > 0).map((g) => insertBlocksEdit(g.doc, g.at, g.headings)),
    ...[...byPoint.values()].map(({ point, texts }) => insertBlocksEdit(point.doc, point.at, texts)),
  ];
}

/** For front ends: the edits inserting sections for the given missing leaves of one evidence set. */
export function insertSectionsForSet(ctx: SetContext, clauseIds: string[]): FileEdit[] {
  // Only leaf requirements without any section: an empty section is already the place to write.
  const requirements = new Set(ctx.catalog.leaves());
  const leaves = clauseIds.map((id) => ctx.catalog.get(id)).filter((c): c is Clause => c !== undefined && requirements.has(c) && !ctx.evidence.has(c.id));
  return insertSectionsEdits(ctx, leaves);
}
