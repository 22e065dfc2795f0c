// A workspace folder's settings as both front ends need them: its config file
// (or the one given), editor overrides merged over it, and the catalogs it
// names, with every problem found on the way (broken file, unknown standard,
// a file refused because it is not a regular file inside the folder).
import { dirname, resolve } from 'node:path';
import { mergeConfig, type CatalogProblem, type CatalogRegistry, type ConfigOverrides, type EvidenceConfig, type Locale } from '../core';
import { catalogRegistry } from './builtinCatalogs';
import { findConfigFile, readConfigFile } from './configFile';

export interface FolderSettings {
  config: EvidenceConfig;
  catalogs: CatalogRegistry;
  problems: CatalogProblem[];
  /** The config file and the catalogs named, as given (the inputs the CLI must never overwrite). */
  files: string[];
}

export interface FolderSettingsOptions {
  /** A config the user named (evidence-lint --config): read wherever it is, and its own folder may hold its catalogs. */
  configFile?: string;
  overrides?: ConfigOverrides;
  locale?: Locale;
}

export function loadFolderSettings(root: string, options: FolderSettingsOptions = {}): FolderSettings {
  const explicit = options.configFile;
  const configFile = explicit ?? findConfigFile(root);
  const { config: fileConfig, problems } = readConfigFile(configFile, explicit ? undefined : root, options.locale);
  const config = mergeConfig(fileConfig, options.overrides);
  const baseDir = configFile ? dirname(configFile) : root;
  const { registry, problems: catalogProblems } = catalogRegistry(config.catalogs, baseDir, {
    roots: explicit ? [root, dirname(explicit)] : [root],
    namedIn: configFile ?? root,
    locale: options.locale,
  });
  const all = [...problems, ...catalogProblems];
  if (config.standard && !registry.resolve(config.standard)) {
    all.push({ file: configFile ?? root, line: 1, column: 1, message: `unknown standard "${config.standard}" (known: ${registry.names().join(', ')})` });
  }
  const files = [...(configFile ? [configFile] : []), ...config.catalogs.map((c) => resolve(baseDir, c))];
  return { config, catalogs: registry, problems: all, files };
}
