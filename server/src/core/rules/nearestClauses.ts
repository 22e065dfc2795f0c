// The catalog ids a writer most likely meant by an id the catalog lacks: the
// confident match first, then siblings under the same parent, then clauses whose
// title resembles the heading's. unknown-clause offers each as a quick fix.
import type { Catalog, Clause } from '../catalog/catalog';
import { rankClauses, titleScore } from '../text/similarity';

export const MAX_SUGGESTIONS = 3;
/** Below this a title resemblance is noise, not a suggestion. */
const MIN_TITLE_SCORE = 0.3;

export function nearestClauses(catalog: Catalog, id: string, title: string, confident?: Clause): Clause[] {
  const out: Clause[] = [];
  const add = (c: Clause) => {
    if (out.length < MAX_SUGGESTIONS && c.id !== id && !out.includes(c)) out.push(c);
  };
  if (confident) add(confident);
  const cut = id.lastIndexOf('.');
  const siblings = cut > 0 ? (catalog.children.get(id.slice(0, cut)) ?? []) : [];
  const last = Number(id.slice(cut + 1));
  const distance = (c: Clause) => Math.abs(Number(c.id.slice(c.id.lastIndexOf('.') + 1)) - last);
  const score = (c: Clause) => (title ? titleScore(catalog, title, c.id) : 0);
  // Siblings whose title fits first; among equals, the nearest number (5.2.9 → 5.2.7 before 5.2.1).
  for (const c of [...siblings].sort((a, b) => score(b) - score(a) || distance(a) - distance(b))) add(c);
  if (title) for (const m of rankClauses(catalog, title, MAX_SUGGESTIONS)) if (m.score >= MIN_TITLE_SCORE) add(m.clause);
  return out;
}
