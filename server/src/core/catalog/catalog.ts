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
}

export interface Clause {
  id: string;
  parent?: string;
  title: LocalizedText;
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
    levels: Level[];
  };
  clauses: Clause[];
}

/** A validated catalog with the lookups every feature needs. */
export class Catalog {
  readonly byId = new Map<string, Clause>();
  readonly children = new Map<string, Clause[]>();
  readonly byFlatAlias = new Map<string, Clause>();
  readonly order = new Map<string, number>();
  readonly idPattern: RegExp;

  constructor(readonly data: CatalogData, readonly file: string) {
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

  isLeaf(id: string): boolean {
    return this.byId.has(id) && !this.children.has(id);
  }

  leaves(): Clause[] {
    return this.data.clauses.filter((c) => !this.children.has(c.id));
  }

  /** Leaves under a clause (the clause itself when it is a leaf). */
  leavesUnder(id: string): Clause[] {
    const clause = this.byId.get(id);
    if (!clause) return [];
    const kids = this.children.get(id);
    if (!kids) return [clause];
    return kids.flatMap((k) => this.leavesUnder(k.id));
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
