// Finds and reads evidence.config.yaml / .yml / .json at a folder root.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE_NAMES, DEFAULT_CONFIG, localizer, parseConfig, type CatalogProblem, type EvidenceConfig, type Locale } from '../core';
import { describeRefusal, readWorkspaceText, SMALL_FILE_CAP } from './readWorkspaceFile';

export function findConfigFile(folder: string): string | undefined {
  return CONFIG_FILE_NAMES.map((n) => join(folder, n)).find((f) => existsSync(f));
}

/**
 * Reads a config file of at most SMALL_FILE_CAP bytes. `root`: the folder it
 * must resolve inside; omitted for a config the user named (evidence-lint --config).
 */
export function readConfigFile(file: string | undefined, root?: string, locale: Locale = 'en'): { config: EvidenceConfig; problems: CatalogProblem[] } {
  if (!file) return { config: DEFAULT_CONFIG, problems: [] };
  const read = readWorkspaceText(file, { maxBytes: SMALL_FILE_CAP, root });
  if (!read.ok) {
    const t = localizer(locale);
    return { config: DEFAULT_CONFIG, problems: [{ file, line: 1, column: 1, message: t('read.config', describeRefusal(read, t)) }] };
  }
  const result = parseConfig(read.text, file);
  return result.config ? { config: result.config, problems: [] } : { config: DEFAULT_CONFIG, problems: result.problems };
}
