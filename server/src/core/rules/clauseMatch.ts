// What unknown-clause and title-mismatch share: the clause a heading's title fits best.
import type { SetContext, SetSection } from '../analysis/setContext';
import type { Clause } from '../catalog/catalog';
import { rankClauses } from '../text/similarity';
import type { Fix, Range } from '../types';

/** A title must fit another clause at least this well before we call it a mismatch… */
export const MISMATCH_MIN_SCORE = 0.6;
/** …and fit its own clause less than this share of that. */
export const MISMATCH_OWN_RATIO = 0.5;

/** A fix that writes a clause's id in place of another; only a confident one is preferred (fix-all applies it). */
export function replaceIdFix(path: string, range: Range, title: string, clause: Clause, preferred = true): Fix {
  return { title, edits: [{ path, range, newText: clause.id }], ...(preferred ? { isPreferred: true } : {}) };
}

export function bestOtherClause(ctx: SetContext, s: SetSection): { clause: Clause; score: number } | undefined {
  const best = rankClauses(ctx.catalog, s.candidate.title, 1)[0];
  if (!best || best.clause.id === s.candidate.id || best.score < MISMATCH_MIN_SCORE) return undefined;
  return best;
}
