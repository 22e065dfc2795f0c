// Evidence configuration: evidence.config.yaml / .json at a folder root, and the
// same keys as editor settings (complianceEvidence.*), merged over it.
import type { SeveritySetting } from '../types';
import type { NotApplicableEntry } from '../parse/frontmatter';

export interface EvidenceConfig {
  standard?: string;
  catalogs: string[];
  minChars: number;
  staleAfterDays: number;
  rules: Record<string, SeveritySetting>;
  /** Globs (gitignore syntax, relative to the folder) of markdown files that are not evidence. */
  ignore: string[];
  /** Files larger than this many bytes are skipped with a notice. */
  maxFileSize: number;
  notApplicable: NotApplicableEntry[];
  scoring: ScoringConfig;
  /** The file these settings came from, if any (for diagnostics on its N/A entries). */
  file?: string;
}

export interface ScoringConfig {
  /** Share (0–1) of a weak clause's points that the score estimate counts. */
  weakCredit: number;
}

export const DEFAULT_CONFIG: EvidenceConfig = {
  catalogs: [],
  minChars: 40,
  staleAfterDays: 365,
  rules: {},
  ignore: [],
  maxFileSize: 5 * 1024 * 1024,
  notApplicable: [],
  scoring: { weakCredit: 0.5 },
};

/** Editor settings or other overrides layered over a config file. */
export type ConfigOverrides = Partial<Omit<EvidenceConfig, 'notApplicable' | 'file' | 'scoring'>> & { scoring?: Partial<ScoringConfig> };

function definedOnly<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined && v !== null)) as Partial<T>;
}

export function mergeConfig(base: EvidenceConfig, overrides: ConfigOverrides | undefined): EvidenceConfig {
  if (!overrides) return base;
  const defined = definedOnly(overrides);
  return {
    ...base,
    ...defined,
    rules: { ...base.rules, ...(defined.rules ?? {}) },
    scoring: { ...base.scoring, ...definedOnly(defined.scoring ?? {}) },
    catalogs: [...base.catalogs, ...(defined.catalogs ?? [])],
    ignore: [...base.ignore, ...(defined.ignore ?? [])],
  };
}
