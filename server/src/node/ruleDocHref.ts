// Where a diagnostic's code link opens: the rule's explanation bundled in
// docs/rules/ (beside clauses/ at the extension's root), in the user's language, offline.
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleDocPath, type Locale } from '../core';
import { builtinCatalogDir } from './builtinCatalogs';

const hrefs = new Map<string, string>();

/** Computed once per rule and language: every published diagnostic carries one. */
export function bundledRuleDocHref(rule: string, locale: Locale): string {
  const key = `${locale}\u0000${rule}`;
  let href = hrefs.get(key);
  if (href === undefined) {
    href = pathToFileURL(join(dirname(builtinCatalogDir()), ruleDocPath(rule, locale))).href;
    hrefs.set(key, href);
  }
  return href;
}
