// Editor settings `complianceEvidence.*`, read per workspace folder and layered
// over evidence.config.yaml with the core's mergeConfig.
import type { Connection } from 'vscode-languageserver/node';
import type { ConfigOverrides, SeveritySetting } from '../core';

export const SETTINGS_SECTION = 'complianceEvidence';

const SEVERITIES = new Set(['off', 'info', 'warning', 'error', 'hint']);

/** Keeps only well-typed keys: a bad setting is ignored rather than breaking analysis. */
export function toOverrides(raw: unknown): ConfigOverrides {
  if (!raw || typeof raw !== 'object') return {};
  const s = raw as Record<string, unknown>;
  const out: ConfigOverrides = {};
  if (typeof s.standard === 'string' && s.standard.trim()) out.standard = s.standard.trim();
  if (isStringArray(s.catalogs)) out.catalogs = s.catalogs;
  if (isStringArray(s.ignore)) out.ignore = s.ignore;
  if (isPositiveInteger(s.minChars, 0)) out.minChars = s.minChars;
  if (isPositiveInteger(s.staleAfterDays, 1)) out.staleAfterDays = s.staleAfterDays;
  if (isPositiveInteger(s.maxFileSize, 1)) out.maxFileSize = s.maxFileSize;
  const weakCredit = (s.scoring as { weakCredit?: unknown } | undefined)?.weakCredit;
  if (typeof weakCredit === 'number' && weakCredit >= 0 && weakCredit <= 1) out.scoring = { weakCredit };
  if (s.rules && typeof s.rules === 'object') {
    const rules: Record<string, SeveritySetting> = {};
    for (const [rule, value] of Object.entries(s.rules as Record<string, unknown>)) {
      if (typeof value === 'string' && SEVERITIES.has(value)) rules[rule] = value as SeveritySetting;
    }
    out.rules = rules;
  }
  return out;
}

export class SettingsSource {
  constructor(
    private readonly connection: Connection,
    private readonly supported: boolean,
  ) {}

  async forFolder(rootUri: string): Promise<ConfigOverrides> {
    if (!this.supported) return {};
    const raw: unknown = await this.connection.workspace.getConfiguration({ scopeUri: rootUri, section: SETTINGS_SECTION });
    return toOverrides(raw);
  }
}

function isStringArray(v: unknown): v is string[] {
  return Array.isArray(v) && v.every((x) => typeof x === 'string');
}

function isPositiveInteger(v: unknown, min: number): v is number {
  return typeof v === 'number' && Number.isInteger(v) && v >= min;
}
