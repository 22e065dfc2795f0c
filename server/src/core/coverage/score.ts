// Score and level estimate after GB/T 27922-2011 clause 6 as the catalog relays it:
// score = earned / applicable points × 100. A clause with `points` is a pool for
// its leaves: leaves with their own points keep them, the rest of the pool is
// split evenly over the other applicable leaves. Covered earns all, weak half,
// missing nothing; not-applicable leaves leave the denominator.
import type { Catalog } from '../catalog/catalog';
import { localizer } from '../l10n/messages';
import type { ClauseStatus, Locale } from '../types';

export interface ScoreEstimate {
  /** 0..100, one decimal. */
  value: number;
  earned: number;
  applicable: number;
  level: string;
  /** The level label marked as an estimate, e.g. 三星（估）. */
  label: string;
  estimate: true;
}

const EARNED: Record<ClauseStatus, number> = { covered: 1, weak: 0.5, missing: 0, 'not-applicable': 0 };

export function leafPoints(catalog: Catalog, leafStatus: Map<string, ClauseStatus>): Map<string, number> {
  const points = new Map<string, number>();
  const pools = catalog.clauses.filter((c) => c.points !== undefined && !catalog.isLeaf(c.id));
  for (const pool of pools) {
    const leaves = catalog.leavesUnder(pool.id);
    const fixed = leaves.filter((l) => l.points !== undefined);
    const shared = leaves.filter((l) => l.points === undefined && leafStatus.get(l.id) !== 'not-applicable');
    const rest = pool.points! - fixed.reduce((sum, l) => sum + l.points!, 0);
    for (const l of fixed) points.set(l.id, l.points!);
    for (const l of shared) points.set(l.id, rest / shared.length);
  }
  return points;
}

export function estimateScore(catalog: Catalog, leafStatus: Map<string, ClauseStatus>, locale: Locale): ScoreEstimate {
  const points = leafPoints(catalog, leafStatus);
  let earned = 0;
  let applicable = 0;
  for (const [id, p] of points) {
    const status = leafStatus.get(id)!;
    if (status === 'not-applicable') continue;
    applicable += p;
    earned += p * EARNED[status];
  }
  const exact = applicable === 0 ? 0 : (earned / applicable) * 100;
  const value = Math.round(exact * 10) / 10;
  const levels = catalog.data.scoring?.levels ?? [];
  // Thresholds are inclusive and apply to the exact score, not the rounded one.
  const level = [...levels].reverse().find((l) => exact >= l.min);
  const name = level ? (locale === 'en' ? level.label.en ?? level.label.zh : level.label.zh) : '';
  return {
    value,
    earned: Math.round(earned * 100) / 100,
    applicable: Math.round(applicable * 100) / 100,
    level: name,
    label: localizer(locale)('level.estimate', name),
    estimate: true,
  };
}
