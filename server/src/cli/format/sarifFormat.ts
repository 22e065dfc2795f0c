// `--format sarif`: SARIF 2.1.0 for code-scanning UIs. Lines and columns are
// 1-based; columns count UTF-16 code units, SARIF's default columnKind.
// Artifact URIs are relative references to %SRCROOT% (the current directory),
// each path segment percent-encoded, so `#`, `?` and `%` in names survive.
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ArtifactLocation, Log, PhysicalLocation, ReportingDescriptor, Result } from 'sarif';
import { RULE_IDS, RULES, ruleDocsUrl, type Range } from '../../core';
import type { LintRun } from './lintRun';

const LEVEL: Record<string, Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

const SRCROOT = '%SRCROOT%';

function artifactLocation(file: string): ArtifactLocation {
  // A file on another drive has no relative path: an absolute file URL.
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

/** A file and a range in SARIF's 1-based lines and columns. */
function physicalLocation(file: string, range: Range): PhysicalLocation {
  return {
    artifactLocation: artifactLocation(file),
    region: { startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 },
  };
}

/** `baseDir`: the directory the run's file names are relative to. */
export function sarifFormat(run: LintRun, version: string, baseDir: string): string {
  const base = pathToFileURL(baseDir).href;
  const rules: ReportingDescriptor[] = RULES.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description[run.locale === 'en' ? 'en' : 'zh'] },
    fullDescription: { text: `${rule.description.en} / ${rule.description.zh}` },
    defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
    helpUri: ruleDocsUrl(rule.id),
  }));
  const results: Result[] = run.diagnostics.map((d) => ({
    ruleId: d.rule,
    ruleIndex: RULE_IDS.indexOf(d.rule as (typeof RULE_IDS)[number]),
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: physicalLocation(run.file(d.path), d.range) }],
    ...(d.related?.length
      ? {
          relatedLocations: d.related.map((r, id) => ({
            id,
            message: { text: r.message },
            physicalLocation: physicalLocation(run.file(r.path), r.range),
          })),
        }
      : {}),
    ...(d.clause ? { properties: { clause: d.clause } } : {}),
  }));
  const log: Log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: { driver: { name: 'evidence-lint', version, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: base.endsWith('/') ? base : `${base}/` } },
        results,
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
