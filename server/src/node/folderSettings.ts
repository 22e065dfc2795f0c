// A workspace folder's settings as both front ends need them: its config file
// (or the one given), editor overrides merged over it, and the catalogs it
// names, with every problem found on the way (broken file, unknown standard).
import { dirname } from 'node:path';
import { mergeConfig, type CatalogProblem, type CatalogRegistry, type ConfigOverrides, type EvidenceConfig } from '../core';
import { catalogRegistry } from './builtinCatalogs';
import { findConfigFile, readConfigFile } from './configFile';

export interface FolderSettings {
  config: EvidenceConfig;
  catalogs: CatalogRegistry;
  problems: CatalogProblem[];
}

export function loadFolderSettings(root: string, options: { configFile?: string; overrides?: ConfigOverrides } = {}): FolderSettings {
  const configFile = options.configFile ?? findConfigFile(root);
  const { config: fileConfig, problems } = readConfigFile(configFile);
  const config = mergeConfig(fileConfig, options.overrides);
  const { registry, problems: catalogProblems } = catalogRegistry(config.catalogs, configFile ? dirname(configFile) : root);
  const all = [...problems, ...catalogProblems];
  if (config.standard && !registry.resolve(config.standard)) {
    all.push({ file: configFile ?? root, line: 1, column: 1, message: `unknown standard "${config.standard}" (known: ${registry.names().join(', ')})` });
  }
  return { config, catalogs: registry, problems: all };
}
