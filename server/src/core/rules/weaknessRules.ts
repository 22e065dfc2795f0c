// The rules that judge a leaf section weak (spec §4 weak-*). A section that
// trips any of them, enabled and not disabled inline, makes its clause weak
// unless another section of the clause is sound. Sections of a not-applicable
// clause are not judged (they may explain the exclusion); an empty section is
// not judged either: it is no evidence at all, and missing-clause says so.
import type { Reporter } from '../analysis/reporter';
import type { SetContext, SetSection } from '../analysis/setContext';
import type { SubItem } from '../catalog/catalog';
import type { SectionVerdict } from '../coverage/coverage';
import type { SectionCandidate } from '../parse/evidenceDocument';
import type { Fix } from '../types';
import { isBrokenLink } from './attachmentRule';
import { isEmptySection } from './emptySection';

export function weaknessRules(ctx: SetContext, reporter: Reporter): Map<SectionCandidate, SectionVerdict> {
  const verdicts = new Map<SectionCandidate, SectionVerdict>();
  ctx.sections.forEach((s, i) => {
    const target = s.target;
    if (!target || !ctx.catalog.isLeaf(target.id) || ctx.notApplicable.has(target.id)) return;
    if (isEmptySection(s.doc, s.candidate, s.clause ?? target)) {
      verdicts.set(s.candidate, hasDeeperSection(s, ctx.sections[i + 1]) ? 'container' : 'empty');
      return;
    }
    const results = [weakThin(ctx, reporter, s), weakPlaceholder(ctx, reporter, s), weakNoEvidence(ctx, reporter, s), weakSubitem(ctx, reporter, s)];
    if (results.some(Boolean)) verdicts.set(s.candidate, 'weak');
  });
  return verdicts;
}

/** `### 5.2.4 维修` whose evidence sits in `#### 5.2.4.1 …` below it: the next section is nested and counts for the same clause. */
function hasDeeperSection(s: SetSection, next: SetSection | undefined): boolean {
  return (
    next !== undefined &&
    next.doc === s.doc &&
    next.target === s.target &&
    next.candidate.heading.level > s.candidate.heading.level &&
    next.candidate.heading.line <= s.candidate.range.end.line
  );
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
  if (facts.referencedLinks > 0) return false;
  // A link to a file that does not exist is no evidence.
  const broken = facts.links.filter((l) => isBrokenLink(ctx, s.doc.path, l));
  if (broken.length < facts.links.length) return false;
  const message = broken.length > 0 ? ctx.t('weak-no-evidence.broken', id, broken.map((l) => l.url).join('、')) : ctx.t('weak-no-evidence', id);
  return reporter.report('weak-no-evidence', { path: s.doc.path, range: heading.range, message, clause: id });
}

/** An item is addressed by a line starting with its marker, or by one of its keywords. */
export function unaddressedItems(items: SubItem[], markers: Set<string>, plainText: string): SubItem[] {
  return items.filter((item) => !markers.has(item.key) && !(item.keywords ?? []).some((k) => plainText.includes(k)));
}

/** Unaddressed sub-items the standard prints make a section weak; unaddressed inferred aspects are only a hint. */
function weakSubitem(ctx: SetContext, reporter: Reporter, s: SetSection): boolean {
  const items = s.clause?.items;
  if (!items?.length) return false;
  const { facts, heading, id } = s.candidate;
  const missing = unaddressedItems(items, facts.subItemMarkers, facts.plainText);
  const keysOf = (list: SubItem[]) => list.map((i) => `${i.key})`).join(' ');
  const inferred = missing.filter((i) => i.confidence === 'inferred');
  if (inferred.length > 0) {
    const message = ctx.t('weak-subitem.inferred', id, keysOf(inferred), inferred.map((i) => i.text.zh.replace(/^（推断）/, '').replace(/。$/, '')).join('；'));
    reporter.report('weak-subitem', { path: s.doc.path, range: heading.range, message, clause: id }, 'info');
  }
  const printed = missing.filter((i) => i.confidence !== 'inferred');
  if (printed.length === 0) return false;
  const keys = keysOf(printed);
  return reporter.report('weak-subitem', {
    path: s.doc.path,
    range: heading.range,
    message: ctx.t('weak-subitem', id, keys),
    clause: id,
    fixes: [addItemsFix(ctx, s, printed, keys)],
  });
}

function addItemsFix(ctx: SetContext, s: SetSection, missing: SubItem[], keys: string): Fix {
  const { doc, candidate } = s;
  const eol = doc.lines.eol();
  const at = candidate.ownRange.end;
  // Inserted text is evidence, written in the standard's language whatever the UI locale.
  const newText = eol + eol + missing.map((i) => `${i.key}) ${i.text.zh}`).join(eol + eol);
  return { title: ctx.t('weak-subitem.fix', keys), edits: [{ path: doc.path, range: { start: at, end: at }, newText }] };
}
