/** Stable rule ids (spec §4). */
export const RULE_IDS = [
  'missing-clause',
  'unknown-clause',
  'noncanonical-id',
  'title-mismatch',
  'duplicate-section',
  'weak-thin',
  'weak-placeholder',
  'weak-no-evidence',
  'weak-subitem',
  'broken-attachment',
  'na-without-reason',
  'stale-evidence',
  'frontmatter-invalid',
  'no-clause-section',
  'commitment-mismatch',
  'ratio-below-requirement',
] as const;

export type RuleId = (typeof RULE_IDS)[number];
