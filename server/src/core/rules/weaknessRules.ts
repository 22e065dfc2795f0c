// The rules that judge a leaf section weak (spec §4 weak-*). A section that
// trips any of them, enabled and not disabled inline, makes its clause weak
// unless another section of the clause is sound.
import type { Reporter } from '../analysis/reporter';
import type { SetContext, SetSection } from '../analysis/setContext';
import type { SubItem } from '../catalog/catalog';
import type { SectionCandidate } from '../parse/evidenceDocument';
import { beforeTrailingComments, insertBlocksEdit, safePlace } from '../fixes/insertionPlace';
import type { Fix } from '../types';

export function weaknessRules(ctx: SetContext, reporter: Reporter): Set<SectionCandidate> {
  const weak = new Set<SectionCandidate>();
  for (const s of ctx.sections) {
    if (!s.clause || !ctx.catalog.isLeaf(s.clause.id)) continue;
    const results = [weakThin(ctx, reporter, s), weakPlaceholder(ctx, reporter, s), weakNoEvidence(ctx, reporter, s), weakSubitem(ctx, reporter, s)];
    if (results.some(Boolean)) weak.add(s.candidate);
  }
  return weak;
}

function weakThin(ctx: SetContext, reporter: Reporter, s: SetSection): boolean {
  const { facts, heading, id } = s.candidate;
  if (facts.length >= ctx.config.minChars) return false;
  return reporter.report('weak-thin', {
    path: s.doc.path,
    range: heading.range,
    message: ctx.t('weak-thin', id, facts.length, ctx.config.minChars),
    clause: id,
  });
}

function weakPlaceholder(ctx: SetContext, reporter: Reporter, s: SetSection): boolean {
  let reported = false;
  for (const p of s.candidate.facts.placeholders) {
    const kept = reporter.report('weak-placeholder', {
      path: s.doc.path,
      range: p.range,
      message: ctx.t('weak-placeholder', s.candidate.id, p.text),
      clause: s.candidate.id,
    });
    reported ||= kept;
  }
  return reported;
}

function weakNoEvidence(ctx: SetContext, reporter: Reporter, s: SetSection): boolean {
  const { facts, heading, id } = s.candidate;
  if (facts.links.length > 0 || facts.referencedLinks > 0) return false;
  return reporter.report('weak-no-evidence', {
    path: s.doc.path,
    range: heading.range,
    message: ctx.t('weak-no-evidence', id),
    clause: id,
  });
}

/** An item is addressed by a line starting with its marker, or by one of its keywords. */
export function unaddressedItems(items: SubItem[], markers: Set<string>, plainText: string): SubItem[] {
  return items.filter((item) => !markers.has(item.key) && !(item.keywords ?? []).some((k) => plainText.includes(k)));
}

function weakSubitem(ctx: SetContext, reporter: Reporter, s: SetSection): boolean {
  const items = s.clause?.items;
  if (!items?.length) return false;
  const { facts, heading, id } = s.candidate;
  const missing = unaddressedItems(items, facts.subItemMarkers, facts.plainText);
  if (missing.length === 0) return false;
  const keys = missing.map((i) => `${i.key})`).join(' ');
  return reporter.report('weak-subitem', {
    path: s.doc.path,
    range: heading.range,
    message: ctx.t('weak-subitem', id, keys),
    clause: id,
    fixes: [addItemsFix(ctx, s, missing, keys)],
  });
}

function addItemsFix(ctx: SetContext, s: SetSection, missing: SubItem[], keys: string): Fix {
  const { doc, candidate } = s;
  // After the section's own text, above the comments that belong to the next heading, outside any open block.
  let at = safePlace(doc, beforeTrailingComments(doc, candidate.ownRange.end));
  // Never above the section's own heading (into the section before): right below the heading line instead.
  if (at.line <= candidate.heading.range.end.line) at = { line: candidate.heading.range.end.line, character: doc.lines.lineText(candidate.heading.range.end.line).length };
  // Inserted text is evidence, written in the standard's language whatever the UI locale.
  const edit = insertBlocksEdit(doc, at, missing.map((i) => `${i.key}) ${i.text.zh}`));
  return { title: ctx.t('weak-subitem.fix', keys), edits: [edit] };
}
