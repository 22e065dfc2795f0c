// The in-memory form of a clause catalog (see clauses/catalog.schema.json).

export interface LocalizedText {
  zh: string;
  en?: string;
}

export type Confidence = 'verified' | 'single-source' | 'seed-only' | 'inferred';

export interface SubItem {
  key: string;
  text: LocalizedText;
  keywords?: string[];
  /** Set where no source prints the item (an aspect inferred from company material). */
  confidence?: Confidence;
}

export interface Clause {
  id: string;
  parent?: string;
  title: LocalizedText;
  /** The standard prints this clause untitled: the title is ours (a 简称). */
  editorialTitle?: boolean;
  /** Not a requirement of its own: its sections count as evidence for this leaf. */
  countsFor?: string;
  text?: LocalizedText;
  items?: SubItem[];
  note?: LocalizedText;
  evidence?: string[];
  weakIf?: string[];
  keywords?: string[];
  confidence: Confidence;
  flatAlias?: string;
  points?: number;
  sources?: string[];
  remarks?: string;
}

export interface Level {
  min: number;
  label: LocalizedText;
}

export type ClaimUnit = 'time' | 'percent' | 'people' | 'schedule';

/** A kind of figure the evidence states (on-site time, warranty period, headcount …). */
export interface ClaimKind {
  id: string;
  name: LocalizedText;
  /** The clause the figure belongs to. */
  clause: string;
  unit: ClaimUnit;
  /** Words that introduce the figure. */
  phrases: string[];
  /** Words one of which the sentence must contain; a kind with a topic wins over one without. */
  topic?: string[];
}

/** Words that limit a claim to part of the service (市区, 郊县 …). */
export interface ClaimScope {
  id: string;
  name: LocalizedText;
  words: string[];
}

/** `part` must be at least `minPercent` % of `whole` (rounded up, and at least `atLeast`). */
export interface ClaimRatio {
  clause: string;
  part: string;
  whole: string;
  minPercent: number;
  atLeast?: number;
}

export interface ClaimsData {
  /** The clause whose sections state the commitments the other documents must agree with. */
  commitmentClause?: string;
  scopes?: ClaimScope[];
  kinds: ClaimKind[];
  ratios?: ClaimRatio[];
}

export interface CatalogData {
  schemaVersion: 1;
  standard: {
    id: string;
    title: LocalizedText;
    aliases?: string[];
    idPattern: string;
    roots: string[];
  };
  scoring?: {
    basis?: LocalizedText;
    /** Special deductions (特别扣分项) from this count on fail whatever the score. */
    failAtDeductions?: number;
    levels: Level[];
  };
  clauses: Clause[];
  claims?: ClaimsData;
}

/** A validated catalog with the lookups every feature needs. */
export class Catalog {
  readonly byId = new Map<string, Clause>();
  readonly children = new Map<string, Clause[]>();
  readonly byFlatAlias = new Map<string, Clause>();
  readonly order = new Map<string, number>();
  readonly idPattern: RegExp;

  constructor(
    readonly data: CatalogData,
    readonly file: string,
  ) {
    this.idPattern = new RegExp(data.standard.idPattern);
    data.clauses.forEach((clause, index) => {
      this.byId.set(clause.id, clause);
      this.order.set(clause.id, index);
      if (clause.flatAlias) this.byFlatAlias.set(clause.flatAlias, clause);
      if (clause.parent) {
        const siblings = this.children.get(clause.parent) ?? [];
        siblings.push(clause);
        this.children.set(clause.parent, siblings);
      }
    });
  }

  get id(): string {
    return this.data.standard.id;
  }

  get clauses(): readonly Clause[] {
    return this.data.clauses;
  }

  get(id: string): Clause | undefined {
    return this.byId.get(id);
  }

  /** Structurally a leaf: no children (a `countsFor` line is one too; see `leaves` for requirements). */
  isLeaf(id: string): boolean {
    return this.byId.has(id) && !this.children.has(id);
  }

  /** The leaf requirements: what coverage and score count. `countsFor` lines are not among them. */
  leaves(): Clause[] {
    return this.data.clauses.filter((c) => !this.children.has(c.id) && c.countsFor === undefined);
  }

  /** Leaf requirements under a clause (the clause itself when it is one). */
  leavesUnder(id: string): Clause[] {
    const clause = this.byId.get(id);
    if (!clause || clause.countsFor !== undefined) return [];
    const kids = this.children.get(id);
    if (!kids) return [clause];
    return kids.flatMap((k) => this.leavesUnder(k.id));
  }

  /**
   * The clause a section tagged `id` is evidence for: the clause itself, the leaf a
   * `countsFor` line names, or, for an id the catalog lacks, the nearest catalog
   * ancestor when that is a leaf whose finer structure is unknown (inferred, no
   * children). Undefined for any other unknown id.
   */
  evidenceTarget(id: string): Clause | undefined {
    const clause = this.byId.get(id);
    if (clause) return clause.countsFor !== undefined ? this.byId.get(clause.countsFor) : clause;
    for (let cut = id.lastIndexOf('.'); cut > 0; cut = id.lastIndexOf('.', cut - 1)) {
      const ancestor = this.byId.get(id.slice(0, cut));
      if (!ancestor) continue;
      return this.isOpenLeaf(ancestor) ? ancestor : undefined;
    }
    return undefined;
  }

  /** A leaf requirement whose finer structure no source prints: deeper ids under it are accepted. */
  isOpenLeaf(clause: Clause): boolean {
    return clause.confidence === 'inferred' && clause.countsFor === undefined && !this.children.has(clause.id);
  }

  ancestors(id: string): Clause[] {
    const out: Clause[] = [];
    let parent = this.byId.get(id)?.parent;
    while (parent) {
      const p = this.byId.get(parent);
      if (!p) break;
      out.push(p);
      parent = p.parent;
    }
    return out;
  }

  /** Whether a canonical number belongs to this catalog's id space (begins with a root). */
  inIdSpace(id: string): boolean {
    return this.data.standard.roots.some((root) => id === root || id.startsWith(root + '.'));
  }

  depth(id: string): number {
    return this.ancestors(id).length;
  }
}
