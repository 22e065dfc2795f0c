// The language service core: markdown -> evidence model -> rules -> coverage.
// No LSP connection, no process, no file system: front ends inject those.
export * from './types';
export { Catalog, type Clause, type CatalogData, type LocalizedText, type SubItem } from './catalog/catalog';
export { CatalogRegistry } from './catalog/catalogRegistry';
export { parseCatalog, type CatalogProblem } from './catalog/loadCatalog';
export { DEFAULT_CONFIG, mergeConfig, type EvidenceConfig, type ConfigOverrides } from './config/config';
export { parseConfig, CONFIG_FILE_NAMES } from './config/parseConfig';
export { parseEvidenceDocument, type EarlierVersion, type ParsedDocument, type SectionCandidate } from './parse/evidenceDocument';
export { restoreChunks } from './parse/chunks';
export { parsePieces, restorePieces, type ParsedPieces } from './parse/pieces';
export type { MarkdownFacts } from './parse/markdownFacts';
export { analyzeFolder, catalogOf, type FolderInput, type FolderResult } from './analysis/analyzeFolder';
export { setIdOf, type SetResult } from './analysis/analyzeSet';
export { clauseAt, documentAt, referencesTo, sectionsIn, sectionsOf, type ClauseAtPosition, type ClauseReference } from './analysis/setQueries';
export { comparePositions, containsPosition, rangeKey, rangesOverlap } from './text/positions';
export { clauseTagOf, type FileSystemView, type SetContext, type SetSection } from './analysis/setContext';
export {
  confidenceCounts,
  groupDisplayStatus,
  pointsText,
  wholePercent,
  type SetCoverage,
  type ClauseCoverage,
  type CoverageSummary,
} from './coverage/coverage';
export type { ScoreEstimate } from './coverage/score';
export { MAX_RELATED } from './rules/duplicateSection';
export { RULES, RULE_IDS, ruleById, ruleDocPath, ruleDocsUrl, type RuleId } from './rules/registry';
export type { Rule } from './rules/rule';
export { localizer, normalizeLocale, type Localize } from './l10n/messages';
export { LineIndex } from './text/lineIndex';
export { coverageJson, type CoverageJson } from './report/coverageJson';
export { coverageTree, type CoverageTreeNode, type CoverageTreeSet, type LeafCounts, type SetFigures, type TreeStatus } from './report/coverageTree';
export { formatProblem } from './catalog/formatProblem';
export { starterSet, type StarterSet } from './report/starterSet';
export { markdownReport } from './report/markdownReport';
export { htmlReport } from './report/htmlReport';
export { insertSectionsForSet } from './fixes/insertSection';
export { canonicalId } from './parse/clauseId';
export { rankClauses, type TitleMatch } from './text/similarity';
export { notApplicableEdit } from './fixes/notApplicable';
export { catalogJson, type CatalogJson, type CatalogClauseJson } from './report/catalogJson';
export { claimsOf } from './claims/claimsOf';
export { claimLabel } from './claims/claimLabel';
export type { Claim } from './claims/extractClaims';
export type { CommitmentEntry, CommitmentStatement } from './claims/commitmentTable';
