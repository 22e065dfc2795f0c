import type { Catalog } from './catalog';
import { standardKey } from '../text/normalize';

/** The catalogs known to one workspace, looked up by any spelling of their standard's name. */
export class CatalogRegistry {
  private readonly byKey = new Map<string, Catalog>();
  private readonly list: Catalog[] = [];

  add(catalog: Catalog): void {
    this.list.push(catalog);
    for (const name of [catalog.id, ...(catalog.data.standard.aliases ?? [])]) {
      this.byKey.set(standardKey(name), catalog);
    }
  }

  resolve(name: string): Catalog | undefined {
    return this.byKey.get(standardKey(name));
  }

  all(): readonly Catalog[] {
    return this.list;
  }

  names(): string[] {
    return this.list.map((c) => c.id);
  }
}
