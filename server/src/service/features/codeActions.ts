// Quick fixes from the fixes the core computed for each diagnostic, and a
// `source.fixAll.evidence` action that applies every preferred fix that does
// not collide with another.
import { CodeActionKind, type CodeAction, type CodeActionParams } from 'vscode-languageserver-protocol';
import type { EvidenceDiagnostic, FileEdit, Fix, Locale, Localize } from '../../core';
import { rangesOverlap, toLspDiagnostic, toWorkspaceEdit, type RuleDocHref } from '../conversions';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.evidence`;

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
}

export function provideCodeActions(mine: EvidenceDiagnostic[], params: CodeActionParams, t: Localize, locale: Locale, ruleDocHref: RuleDocHref): CodeAction[] {
  const only = params.context.only;
  const actions: CodeAction[] = [];
  if (wants(only, CodeActionKind.QuickFix)) {
    const seen = new Set<string>();
    for (const d of mine) {
      if (!d.fixes?.length || !rangesOverlap(d.range, params.range)) continue;
      for (const fix of d.fixes) {
        // "Insert all missing sections" hangs off every missing-clause diagnostic; offer it once.
        const key = fix.title + JSON.stringify(fix.edits);
        if (seen.has(key)) continue;
        seen.add(key);
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [toLspDiagnostic(d, locale, ruleDocHref)],
          isPreferred: fix.isPreferred === true,
          edit: toWorkspaceEdit(fix.edits),
        });
      }
    }
  }
  if (wants(only, FIX_ALL_KIND)) {
    const edits = fixAllEdits(mine);
    if (edits.length) actions.push({ title: t('fixAll.title'), kind: FIX_ALL_KIND, edit: toWorkspaceEdit(edits) });
  }
  return actions;
}

/** Preferred fixes in document order, skipping any whose edits collide with one already taken. */
export function fixAllEdits(diagnostics: EvidenceDiagnostic[]): FileEdit[] {
  const taken: FileEdit[] = [];
  const preferred = diagnostics.flatMap((d) => (d.fixes ?? []).filter((f: Fix) => f.isPreferred).slice(0, 1));
  for (const fix of preferred) {
    if (fix.edits.some((e) => taken.some((x) => collide(x, e)))) continue;
    for (const e of fix.edits) taken.push(e);
  }
  return taken;
}

function collide(a: FileEdit, b: FileEdit): boolean {
  // Two insertions at one point would interleave in an order nobody chose.
  return a.path === b.path && rangesOverlap(a.range, b.range);
}
