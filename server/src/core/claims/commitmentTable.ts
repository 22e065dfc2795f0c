// The commitments table of a set: each kind and scope, the figures stated and
// where, and whether they agree. Shown by the coverage view, the HTML report
// and hover; carried in the coverage JSON.
import type { SetContext } from '../analysis/setContext';
import type { Range } from '../types';
import { claimLabel, localized } from './claimLabel';
import type { Claim } from './extractClaims';
import { setClaims, type LocatedClaim } from './setClaims';

export interface CommitmentStatement {
  path: string;
  line: number;
  range: Range;
  /** The figure as written. */
  text: string;
  /** Stated in a commitment section (5.1.7.2). */
  committed: boolean;
  /** Contradicts no other statement (see commitment-mismatch). */
  agrees: boolean;
}

export interface CommitmentEntry {
  kind: string;
  /** Kind name with its scope, localized: 上门服务时限（市区）. */
  name: string;
  /** The clause the kind belongs to. */
  clause: string;
  /** Some statement lies in a commitment section. */
  committed: boolean;
  agreement: 'consistent' | 'inconsistent';
  statements: CommitmentStatement[];
}

/** Statements by claim: a claim of an unchanged document (kept per document version) keeps its row object. */
const statements = new WeakMap<Claim, CommitmentStatement>();

function statementOf(s: LocatedClaim, agrees: boolean): CommitmentStatement {
  const known = statements.get(s.claim);
  if (known && known.path === s.doc.path && known.committed === s.committed && known.agrees === agrees) return known;
  const row = { path: s.doc.path, line: s.claim.range.start.line, range: s.claim.range, text: s.claim.text, committed: s.committed, agrees };
  statements.set(s.claim, row);
  return row;
}

export function commitmentTable(ctx: SetContext): CommitmentEntry[] {
  return setClaims(ctx).groups.map((g) => ({
    kind: g.kind.id,
    name: g.scopes.length ? claimLabel(g.kind, g.scopes, ctx.locale) : localized(g.kind.name, ctx.locale),
    clause: g.kind.clause,
    committed: g.committed,
    agreement: g.conflicts.size > 0 ? 'inconsistent' : 'consistent',
    statements: g.statements.map((s) => statementOf(s, !g.conflicts.has(s))),
  }));
}
