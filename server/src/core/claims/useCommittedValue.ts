// Quick fix of commitment-mismatch: write the committed figure in place of the
// number, keeping the unit as written (48 小时 → 24 小时; 2 天 → 1 天 for 24 h).
import type { Fix } from '../types';
import { valueKey } from './claimValue';
import type { LocatedClaim } from './setClaims';

/** `title` names the fix, given the committed figure as written. */
export function useCommittedValue(s: LocatedClaim, committed: LocatedClaim[], title: (committedText: string) => string): Fix | undefined {
  // Only when the commitment states one value, in a unit this figure can be written in.
  const values = new Map(committed.map((c) => [valueKey(c.claim.value), c]));
  if (values.size !== 1) return undefined;
  const target = [...values.values()][0].claim;
  const here = s.claim;
  if (target.value.family !== here.value.family || target.value.numbers.length !== here.numbers.length || here.numbers.length === 0) return undefined;
  const numbers = here.numbers.map((n, i) => target.value.numbers[i] / n.factor);
  if (numbers.some((n) => !Number.isFinite(n) || n <= 0 || Math.abs(n * 100 - Math.round(n * 100)) > 1e-6)) return undefined;
  return {
    title: title(target.text),
    isPreferred: true,
    edits: here.numbers.map((n, i) => ({ path: s.doc.path, range: n.range, newText: String(Math.round(numbers[i] * 100) / 100) })),
  };
}
