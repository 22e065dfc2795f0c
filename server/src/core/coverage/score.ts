// Score and level estimate after GB/T 27922-2011 clause 6 as the catalog relays it.
// Points are fixed by the catalog, never by how many leaves a section happens to
// have: a pool (5.1 = 40) first gives the leaves with points of their own theirs
// (5.1.2.2 = 5), the rest is split evenly over the pool's second-level indicators,
// and an indicator's share evenly over its leaves without points of their own.
// Covered earns a leaf's points, weak `weakCredit` of them, missing none; a
// not-applicable leaf leaves the denominator and nobody inherits its points:
// score = earned ÷ (total − not-applicable points) × 100. Then special deductions
// (−1 each) and at most one special bonus (+1) give the final figure.
import type { Catalog } from '../catalog/catalog';
import { localizer } from '../l10n/messages';
import type { ClauseStatus, Locale } from '../types';

export interface ScoreEstimate {
  /** The final score: base − deductions + min(1, bonus), one decimal. */
  value: number;
  /** earned ÷ applicable × 100, one decimal. */
  base: number;
  earned: number;
  /** Points of the applicable leaves (100 minus the not-applicable leaves' points). */
  applicable: number;
  /** Number of special deductions (特别扣分项) listed in the index document. */
  deductions: number;
  /** Number of special bonus entries (特别加分项) listed; at most one point counts. */
  bonus: number;
  level: string;
  /** The level name marked as an estimate, e.g. 三星级（估）. */
  label: string;
  estimate: true;
}

export interface ScoreInputs {
  weakCredit: number;
  deductions: number;
  bonus: number;
}

const pointsByCatalog = new WeakMap<Catalog, ReadonlyMap<string, number>>();

/** Each leaf requirement's points; fixed by the catalog, computed once per catalog. */
export function leafPoints(catalog: Catalog): ReadonlyMap<string, number> {
  const known = pointsByCatalog.get(catalog);
  if (known) return known;
  const points = new Map<string, number>();
  for (const leaf of catalog.leaves()) if (leaf.points !== undefined) points.set(leaf.id, leaf.points);
  const free = (id: string) => catalog.leavesUnder(id).filter((l) => l.points === undefined);
  for (const pool of catalog.clauses) {
    if (pool.points === undefined || catalog.isLeaf(pool.id)) continue;
    const fixed = catalog.leavesUnder(pool.id).reduce((sum, l) => sum + (l.points ?? 0), 0);
    const indicators = (catalog.children.get(pool.id) ?? []).filter((c) => free(c.id).length > 0);
    const share = (pool.points - fixed) / indicators.length;
    for (const indicator of indicators) {
      const leaves = free(indicator.id);
      for (const leaf of leaves) if (!points.has(leaf.id)) points.set(leaf.id, share / leaves.length);
    }
  }
  pointsByCatalog.set(catalog, points);
  return points;
}

/** The share of its points a leaf earns in this status. */
export function credit(status: ClauseStatus, weakCredit: number): number {
  return status === 'covered' ? 1 : status === 'weak' ? weakCredit : 0;
}

export function estimateScore(catalog: Catalog, leafStatus: ReadonlyMap<string, ClauseStatus>, inputs: ScoreInputs, locale: Locale): ScoreEstimate {
  let earned = 0;
  let applicable = 0;
  for (const [id, p] of leafPoints(catalog)) {
    const status = leafStatus.get(id);
    if (status === undefined || status === 'not-applicable') continue;
    applicable += p;
    earned += p * credit(status, inputs.weakCredit);
  }
  const base = applicable === 0 ? 0 : (earned / applicable) * 100;
  const final = base - inputs.deductions + Math.min(1, inputs.bonus);
  const scoring = catalog.data.scoring;
  const levels = scoring?.levels ?? [];
  const failed = scoring?.failAtDeductions !== undefined && inputs.deductions >= scoring.failAtDeductions;
  // Thresholds are inclusive and apply to the exact score, not the rounded one.
  const level = failed ? levels[0] : [...levels].reverse().find((l) => final >= l.min);
  const name = level ? (locale === 'en' ? (level.label.en ?? level.label.zh) : level.label.zh) : '';
  return {
    value: round(final, 1),
    base: round(base, 1),
    earned: round(earned, 2),
    applicable: round(applicable, 2),
    deductions: inputs.deductions,
    bonus: inputs.bonus,
    level: name,
    label: localizer(locale)('level.estimate', name),
    estimate: true,
  };
}

export function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
