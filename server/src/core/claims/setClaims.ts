// The claims of a whole evidence set, grouped by kind and scope, with which
// statements contradict which: what commitment-mismatch reports and what the
// commitments table (coverage view, HTML report, hover) shows.
import type { SetContext } from '../analysis/setContext';
import type { ClaimKind, ClaimScope } from '../catalog/catalog';
import type { ParsedDocument } from '../parse/evidenceDocument';
import type { Position } from '../types';
import { claimsOf } from './claimsOf';
import { valueKey } from './claimValue';
import type { Claim } from './extractClaims';

export interface LocatedClaim {
  claim: Claim;
  doc: ParsedDocument;
  /** Stated in a section of the commitment clause (5.1.7.2). */
  committed: boolean;
}

export interface ClaimGroup {
  kind: ClaimKind;
  scopes: ClaimScope[];
  statements: LocatedClaim[];
  /** Some statement lies in a commitment section: it is the value the others must state. */
  committed: boolean;
  /** Statements that contradict, with what they contradict. */
  conflicts: Map<LocatedClaim, LocatedClaim[]>;
}

export interface SetClaims {
  all: LocatedClaim[];
  /** Groups of the kinds compared across documents (headcounts of a ratio are not). */
  groups: ClaimGroup[];
}

const cache = new WeakMap<SetContext, SetClaims>();

export function setClaims(ctx: SetContext): SetClaims {
  const known = cache.get(ctx);
  if (known) return known;
  const result = collect(ctx);
  cache.set(ctx, result);
  return result;
}

function collect(ctx: SetContext): SetClaims {
  const data = ctx.catalog.data.claims;
  if (!data) return { all: [], groups: [] };
  const commitmentSections = data.commitmentClause ? (ctx.evidence.get(data.commitmentClause) ?? []) : [];
  const all: LocatedClaim[] = [];
  for (const doc of ctx.documents) {
    const own = commitmentSections.filter((s) => s.doc === doc).map((s) => s.candidate.range);
    for (const claim of claimsOf(doc, data)) {
      const committed = own.some((r) => !before(claim.range.start, r.start) && !before(r.end, claim.range.start));
      all.push({ claim, doc, committed });
    }
  }
  const inRatio = new Set((data.ratios ?? []).flatMap((r) => [r.part, r.whole]));
  const byKey = new Map<string, LocatedClaim[]>();
  for (const s of all) {
    if (inRatio.has(s.claim.kind.id)) continue;
    const key = `${s.claim.kind.id}|${s.claim.scopes.map((x) => x.id).join('+')}`;
    byKey.set(key, [...(byKey.get(key) ?? []), s]);
  }
  const order = new Map(data.kinds.map((k, i) => [k.id, i]));
  const groups = [...byKey.values()].map(groupOf);
  // Kinds and scopes in catalog order: 市区 before 郊县, unscoped first.
  const scopeOrder = new Map((data.scopes ?? []).map((s, i) => [s.id, i]));
  const scopeRank = (g: ClaimGroup) => g.scopes.map((s) => String(scopeOrder.get(s.id)!).padStart(4, '0')).join(',');
  groups.sort((a, b) => order.get(a.kind.id)! - order.get(b.kind.id)! || (scopeRank(a) < scopeRank(b) ? -1 : scopeRank(a) > scopeRank(b) ? 1 : 0));
  return { all, groups };
}

function groupOf(statements: LocatedClaim[]): ClaimGroup {
  const { kind, scopes } = statements[0].claim;
  const committed = statements.filter((s) => s.committed);
  const conflicts = new Map<LocatedClaim, LocatedClaim[]>();
  const add = (s: LocatedClaim, other: LocatedClaim) => conflicts.set(s, [...(conflicts.get(s) ?? []), other]);
  if (committed.length > 0) {
    // The commitment is the reference: whatever states another value contradicts it.
    const keys = new Set(committed.map((c) => valueKey(c.claim.value)));
    for (const s of statements) {
      if (s.committed || keys.has(valueKey(s.claim.value))) continue;
      for (const c of committed) {
        add(s, c);
        add(c, s);
      }
    }
  } else {
    // No commitment states the kind: documents that disagree with each other.
    for (const s of statements) {
      for (const o of statements) if (o.doc !== s.doc && valueKey(o.claim.value) !== valueKey(s.claim.value)) add(s, o);
    }
  }
  return { kind, scopes, statements, committed: committed.length > 0, conflicts };
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}
