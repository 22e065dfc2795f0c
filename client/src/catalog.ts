// Read-only view of the clause catalogs shipped with the extension (clauses/*.yaml): clause texts for
// tooltips and the group headings for a starter evidence set. Catalogs are data; nothing is executed.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';

export interface LocalizedText {
  zh?: string;
  en?: string;
}

export interface CatalogClause {
  id: string;
  parent?: string;
  title: LocalizedText;
  text?: LocalizedText;
  evidence?: string[];
}

export interface ClientCatalog {
  id: string;
  title: LocalizedText;
  aliases: string[];
  roots: string[];
  clauses: CatalogClause[];
  byId: Map<string, CatalogClause>;
}

export function pick(text: LocalizedText | string | undefined, language: string): string {
  if (!text) return '';
  if (typeof text === 'string') return text;
  return (language.toLowerCase().startsWith('zh') ? text.zh ?? text.en : text.en ?? text.zh) ?? '';
}

/** Spelling-insensitive key for standard names (spec §1: full-width, spaces, dashes, case). */
export function standardKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s/_—–-]/g, '');
}

export class CatalogStore {
  private catalogs: ClientCatalog[] | undefined;

  constructor(private readonly dir: string) {}

  all(): ClientCatalog[] {
    if (!this.catalogs) {
      this.catalogs = [];
      let files: string[] = [];
      try {
        files = fs.readdirSync(this.dir).filter((f) => /\.ya?ml$/.test(f)).sort();
      } catch {
        // no catalogs shipped
      }
      for (const f of files) {
        try {
          const data = parse(fs.readFileSync(path.join(this.dir, f), 'utf8'));
          const clauses: CatalogClause[] = (data?.clauses ?? []).map((c: CatalogClause) => ({ ...c, id: String(c.id), parent: c.parent === undefined ? undefined : String(c.parent) }));
          this.catalogs.push({
            id: String(data.standard.id),
            title: data.standard.title ?? {},
            aliases: (data.standard.aliases ?? []).map(String),
            roots: (data.standard.roots ?? []).map(String),
            clauses,
            byId: new Map(clauses.map((c) => [c.id, c])),
          });
        } catch {
          // a broken catalog only loses tooltip texts; the server reports catalog problems
        }
      }
    }
    return this.catalogs;
  }

  find(standard: string): ClientCatalog | undefined {
    const key = standardKey(standard);
    return this.all().find((c) => standardKey(c.id) === key || c.aliases.some((a) => standardKey(a) === key));
  }
}
