// Where a diagnostic's code link opens: the rule's explanation bundled in
// docs/rules/ (beside clauses/ at the extension's root), in the user's language, offline.
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ruleDocPath, type Locale } from '../core';
import { builtinCatalogDir } from './builtinCatalogs';

export function bundledRuleDocHref(rule: string, locale: Locale): string {
  return pathToFileURL(join(dirname(builtinCatalogDir()), ruleDocPath(rule, locale))).href;
}
