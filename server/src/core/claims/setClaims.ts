// The claims of a whole evidence set, grouped by kind and scope, with which
// statements contradict which: what commitment-mismatch reports and what the
// commitments table (coverage view, HTML report, hover) shows.
import type { SetContext } from '../analysis/setContext';
import type { ClaimKind, ClaimScope } from '../catalog/catalog';
import type { ParsedDocument } from '../parse/evidenceDocument';
import { pushTo } from '../lists';
import { comparePositions } from '../text/positions';
import type { Range } from '../types';
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
/** How many statements of each other value a contradicting statement names (messages list their files). */
export const OTHERS_PER_VALUE = 10;

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
  const commitmentRanges = new Map<ParsedDocument, Range[]>();
  for (const s of commitmentSections) pushTo(commitmentRanges, s.doc, s.candidate.range);
  const all: LocatedClaim[] = [];
  for (const doc of ctx.documents) {
    const own = commitmentRanges.get(doc) ?? [];
    for (const claim of claimsOf(doc, data)) {
      const committed = own.some((r) => comparePositions(claim.range.start, r.start) >= 0 && comparePositions(r.end, claim.range.start) >= 0);
      all.push({ claim, doc, committed });
    }
  }
  const inRatio = new Set((data.ratios ?? []).flatMap((r) => [r.part, r.whole]));
  const byKey = new Map<string, LocatedClaim[]>();
  for (const s of all) {
    if (inRatio.has(s.claim.kind.id)) continue;
    const key = `${s.claim.kind.id}|${s.claim.scopes.map((x) => x.id).join('+')}`;
    pushTo(byKey, key, s);
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
  const add = (s: LocatedClaim, other: LocatedClaim) => pushTo(conflicts, s, other);
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
    // No commitment states the kind: documents that disagree with each other. Each statement
    // names at most OTHERS_PER_VALUE statements of every other value: listing all of them would
    // make the work, and the messages, grow with the square of the documents stating the kind.
    const byValue = new Map<string, LocatedClaim[]>();
    for (const s of statements) pushTo(byValue, valueKey(s.claim.value), s);
    if (byValue.size > 1) {
      const order = new Map(statements.map((s, i) => [s, i]));
      for (const s of statements) {
        const value = valueKey(s.claim.value);
        const named: LocatedClaim[] = [];
        for (const [otherValue, others] of byValue) {
          if (otherValue === value) continue;
          let taken = 0;
          for (const o of others) {
            if (o.doc === s.doc) continue;
            named.push(o);
            if (++taken === OTHERS_PER_VALUE) break;
          }
        }
        // In statement order, as the documents list them.
        if (named.length > 0)
          conflicts.set(
            s,
            named.sort((a, b) => order.get(a)! - order.get(b)!),
          );
      }
    }
  }
  return { kind, scopes, statements, committed: committed.length > 0, conflicts };
}
