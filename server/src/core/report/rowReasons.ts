// Why a leaf is weak or missing, in an auditor's words: a report row says "薄弱" or
// "缺失" only with its reason. Missing: no section, or only an empty one. Weak: the
// weakness rules that judged its sections (the diagnostics the set reported).
import type { ClauseCoverage, SetCoverage } from '../coverage/coverage';
import type { MessageKey } from '../l10n/messages';
import { RULES } from '../rules/registry';
import type { EvidenceDiagnostic } from '../types';

export type RowReason = 'no-section' | 'empty-section' | 'weak-thin' | 'weak-placeholder' | 'weak-no-evidence' | 'weak-subitem';

/** The weakness rules, in registry order: the order their reasons are listed in. */
const WEAKNESS_RULES: readonly string[] = RULES.filter((r) => r.weakness).map((r) => r.id);

export function reasonKey(reason: RowReason): MessageKey {
  return `reason.${reason}`;
}

/**
 * Reasons by leaf id, for weak and missing leaves. `diagnostics` are the set's; without
 * them a weak leaf has no reason listed. A weakness finding capped to info (an inferred
 * sub-item) makes no section weak: it is a reason only when nothing stronger is found.
 */
export function rowReasons(coverage: SetCoverage, diagnostics: readonly EvidenceDiagnostic[] = []): Map<string, RowReason[]> {
  const byId = new Map(coverage.clauses.map((c) => [c.id, c]));
  const strong = new Map<string, Set<string>>();
  const weakOnly = new Map<string, Set<string>>();
  for (const d of diagnostics) {
    if (!d.clause || !WEAKNESS_RULES.includes(d.rule)) continue;
    const leaf = leafOf(byId, d.clause);
    if (!leaf) continue;
    const into = d.severity === 'warning' || d.severity === 'error' ? strong : weakOnly;
    into.set(leaf.id, (into.get(leaf.id) ?? new Set()).add(d.rule));
  }
  const out = new Map<string, RowReason[]>();
  for (const c of coverage.clauses) {
    if (!c.isLeaf || c.countsFor) continue;
    if (c.status === 'missing') out.set(c.id, [c.locations.length > 0 ? 'empty-section' : 'no-section']);
    if (c.status !== 'weak') continue;
    const rules = strong.get(c.id) ?? weakOnly.get(c.id);
    if (rules) out.set(c.id, WEAKNESS_RULES.filter((r) => rules.has(r)) as RowReason[]);
  }
  return out;
}

/** The leaf a section tagged `id` is evidence for: itself, the leaf a countsFor line names, or the leaf above a deeper id. */
function leafOf(byId: ReadonlyMap<string, ClauseCoverage>, id: string): ClauseCoverage | undefined {
  const own = byId.get(id);
  if (own) return own.countsFor ? byId.get(own.countsFor) : own.isLeaf ? own : undefined;
  for (let cut = id.lastIndexOf('.'); cut > 0; cut = id.lastIndexOf('.', cut - 1)) {
    const above = byId.get(id.slice(0, cut));
    if (above) return above.isLeaf ? above : undefined;
  }
  return undefined;
}
