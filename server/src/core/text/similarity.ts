// Fuzzy matching of free-text titles against clauses. Chinese has no spaces, so
// text is compared as character bigrams (Latin words stay whole).
import type { Catalog, Clause } from '../catalog/catalog';
import { foldFullWidth } from './normalize';

const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]|[\p{Script=Latin}\p{Nd}]+/gu;

export function grams(text: string): Set<string> {
  const tokens = foldFullWidth(text).toLowerCase().match(TOKEN) ?? [];
  const out = new Set<string>();
  if (tokens.length === 1) out.add(tokens[0]);
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    // A Latin word is a unit on its own; CJK characters pair up.
    if (a.length > 1) out.add(a);
    out.add(a + b);
  }
  if (tokens.length > 1 && tokens[tokens.length - 1].length > 1) out.add(tokens[tokens.length - 1]);
  return out;
}

function dice(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

function containment(a: Set<string>, bag: Set<string>): number {
  if (a.size === 0) return 0;
  let shared = 0;
  for (const g of a) if (bag.has(g)) shared++;
  return shared / a.size;
}

interface ClauseProfile {
  clause: Clause;
  title: Set<string>;
  /** Title, requirement text, sub-items and keywords together. */
  bag: Set<string>;
}

const profiles = new WeakMap<Catalog, ClauseProfile[]>();
const profileById = new WeakMap<Catalog, Map<string, ClauseProfile>>();
/** Rankings by title: the same titles recur in every document and on every keystroke. */
const rankings = new WeakMap<Catalog, Map<string, TitleMatch[]>>();
const MAX_CACHED_TITLES = 10_000;

function profilesOf(catalog: Catalog): ClauseProfile[] {
  let list = profiles.get(catalog);
  if (!list) {
    list = catalog.clauses.map((clause) => {
      const title = new Set([...grams(clause.title.zh), ...grams(clause.title.en ?? '')]);
      const parts = [clause.title.zh, clause.text?.zh ?? '', ...(clause.keywords ?? [])];
      for (const item of clause.items ?? []) parts.push(item.text.zh, ...(item.keywords ?? []));
      const bag = new Set(title);
      for (const part of parts) for (const g of grams(part)) bag.add(g);
      return { clause, title, bag };
    });
    profiles.set(catalog, list);
    profileById.set(catalog, new Map(list.map((p) => [p.clause.id, p])));
  }
  return list;
}

export interface TitleMatch {
  clause: Clause;
  score: number;
}

/** How well a title fits a clause, 0..1: the best of title similarity and containment in its text. */
function scoreProfile(title: Set<string>, profile: ClauseProfile): number {
  return Math.max(dice(title, profile.title), 0.9 * containment(title, profile.bag));
}

export function titleScore(catalog: Catalog, title: string, clauseId: string): number {
  profilesOf(catalog);
  const profile = profileById.get(catalog)!.get(clauseId);
  return profile ? scoreProfile(grams(title), profile) : 0;
}

/** Clauses ranked by how well the title fits them, best first. */
export function rankClauses(catalog: Catalog, title: string, limit = 5): TitleMatch[] {
  let cache = rankings.get(catalog);
  if (!cache) rankings.set(catalog, (cache = new Map<string, TitleMatch[]>()));
  let ranked = cache.get(title);
  if (!ranked) {
    const g = grams(title);
    ranked = profilesOf(catalog)
      .map((p) => ({ clause: p.clause, score: g.size ? scoreProfile(g, p) : 0 }))
      .filter((m) => m.score > 0)
      .sort((a, b) => b.score - a.score || catalog.order.get(a.clause.id)! - catalog.order.get(b.clause.id)!);
    if (cache.size >= MAX_CACHED_TITLES) cache.clear();
    cache.set(title, ranked);
  }
  return ranked.slice(0, limit);
}
