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
  /** The file these settings came from, if any (for diagnostics on its N/A entries). */
  file?: string;
}

export const DEFAULT_CONFIG: EvidenceConfig = {
  catalogs: [],
  minChars: 40,
  staleAfterDays: 365,
  rules: {},
  ignore: [],
  maxFileSize: 5 * 1024 * 1024,
  notApplicable: [],
};

/** Editor settings or other overrides layered over a config file. */
export type ConfigOverrides = Partial<Omit<EvidenceConfig, 'notApplicable' | 'file'>>;

export function mergeConfig(base: EvidenceConfig, overrides: ConfigOverrides | undefined): EvidenceConfig {
  if (!overrides) return base;
  const defined = Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined && v !== null)) as ConfigOverrides;
  return {
    ...base,
    ...defined,
    rules: { ...base.rules, ...(defined.rules ?? {}) },
    catalogs: [...base.catalogs, ...(defined.catalogs ?? [])],
    ignore: [...base.ignore, ...(defined.ignore ?? [])],
  };
}
