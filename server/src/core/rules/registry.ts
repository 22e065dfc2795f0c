// Every rule, in the order of the rules table. Adding a rule is its module plus
// one line here: the analysis runs them in this order within their scope, and the
// config schema, SARIF, editor settings and the README's table derive from it.
import { brokenAttachment } from './brokenAttachment';
import { commitmentMismatch } from './commitmentMismatch';
import { duplicateSection } from './duplicateSection';
import { frontmatterInvalid } from './frontmatterInvalid';
import { missingClause } from './missingClause';
import { naWithoutReason } from './naWithoutReason';
import { noClauseSection } from './noClauseSection';
import { noncanonicalId } from './noncanonicalId';
import { ratioBelowRequirement } from './ratioBelowRequirement';
import type { Rule, RuleCheck } from './rule';
import { staleEvidence } from './staleEvidence';
import { titleMismatch } from './titleMismatch';
import { unknownClause } from './unknownClause';
import { weakNoEvidence } from './weakNoEvidence';
import { weakPlaceholder } from './weakPlaceholder';
import { weakSubitem } from './weakSubitem';
import { weakThin } from './weakThin';

export const RULES = [
  missingClause,
  unknownClause,
  noncanonicalId,
  titleMismatch,
  duplicateSection,
  weakThin,
  weakPlaceholder,
  weakNoEvidence,
  weakSubitem,
  brokenAttachment,
  naWithoutReason,
  staleEvidence,
  frontmatterInvalid,
  noClauseSection,
  commitmentMismatch,
  ratioBelowRequirement,
] as const;

export type RuleId = (typeof RULES)[number]['id'];

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

const byId = new Map<string, Rule>(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

/** The rules of one scope, in registry order. */
export function rulesOf<S extends RuleCheck['scope']>(scope: S): (Rule & Extract<RuleCheck, { scope: S }>)[] {
  return RULES.filter((r): r is (typeof RULES)[number] & Extract<RuleCheck, { scope: S }> => r.scope === scope);
}

/** Where each rule is documented: the README's rules table, one anchor per rule id. */
export const RULE_DOCS_BASE = 'https://github.com/compliance-evidence/compliance-evidence/blob/main/README.md#rule-';

export function ruleDocsUrl(rule: string): string {
  return RULE_DOCS_BASE + rule;
}
