// Finds and reads evidence.config.yaml / .yml / .json at a folder root.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_FILE_NAMES, DEFAULT_CONFIG, parseConfig, type CatalogProblem, type EvidenceConfig } from '../core';

export function findConfigFile(folder: string): string | undefined {
  return CONFIG_FILE_NAMES.map((n) => join(folder, n)).find((f) => existsSync(f));
}

export function readConfigFile(file: string | undefined): { config: EvidenceConfig; problems: CatalogProblem[] } {
  if (!file) return { config: DEFAULT_CONFIG, problems: [] };
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    return { config: DEFAULT_CONFIG, problems: [{ file, line: 1, column: 1, message: `cannot read config: ${(e as NodeJS.ErrnoException).code ?? e}` }] };
  }
  const result = parseConfig(text, file);
  return result.config ? { config: result.config, problems: [] } : { config: DEFAULT_CONFIG, problems: result.problems };
}
