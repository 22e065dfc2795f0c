// Parses and validates evidence.config.yaml / .json.
import Ajv from 'ajv';
import { isMap, isScalar, LineCounter, parseDocument, type Node as YamlNode, type Pair } from 'yaml';
import { MAX_YAML_ALIASES, offsetOfPath, type CatalogProblem } from '../catalog/loadCatalog';
import { canonicalId } from '../parse/clauseId';
import { LineIndex } from '../text/lineIndex';
import { schemaProblem } from '../schemaProblems';
import { DEFAULT_CONFIG, type EvidenceConfig } from './config';
import { RULE_IDS } from '../rules/registry';

export const CONFIG_FILE_NAMES = ['evidence.config.yaml', 'evidence.config.yml', 'evidence.config.json'];

const severity = { enum: ['off', 'info', 'warning', 'error', 'hint'] };
const configSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    standard: { type: 'string', minLength: 1 },
    catalogs: { type: 'array', items: { type: 'string', minLength: 1 } },
    minChars: { type: 'integer', minimum: 0 },
    staleAfterDays: { type: 'integer', minimum: 1 },
    maxFileSize: { type: 'integer', minimum: 1 },
    ignore: { type: 'array', items: { type: 'string' } },
    rules: { type: 'object', propertyNames: { enum: [...RULE_IDS] }, additionalProperties: severity },
    not_applicable: { type: ['object', 'null'], additionalProperties: { type: ['string', 'null', 'number'] } },
    scoring: {
      type: 'object',
      additionalProperties: false,
      properties: { weakCredit: { type: 'number', minimum: 0, maximum: 1 } },
    },
  },
};
const validate = new Ajv({ allErrors: true, strict: false }).compile(configSchema);

export type ConfigResult = { config: EvidenceConfig; problems: [] } | { config?: undefined; problems: CatalogProblem[] };

export function parseConfig(text: string, file: string): ConfigResult {
  const lineCounter = new LineCounter();
  // YAML is a superset of JSON, so one parser serves both spellings.
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const at = (offset: number, message: string): CatalogProblem => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col, message };
  };
  if (doc.errors.length > 0) return { problems: doc.errors.map((e) => at(e.pos[0], `YAML: ${e.message.split('\n')[0]}`)) };
  let data: Record<string, unknown>;
  try {
    data = (doc.toJS({ maxAliasCount: MAX_YAML_ALIASES }) ?? {}) as Record<string, unknown>;
  } catch (e) {
    return { problems: [at(0, `YAML: ${(e as Error).message}`)] };
  }
  if (!validate(data)) {
    return {
      problems: (validate.errors ?? [])
        // propertyNames also reports the failing enum inside it; the unknown name says it better.
        .filter((e) => !(e.keyword === 'enum' && e.propertyName !== undefined))
        .map((e) => {
          const { pointer, message } = schemaProblem(e);
          return at(offsetOfPath(doc, pointer), message);
        })
        .sort((a, b) => a.line - b.line || a.column - b.column),
    };
  }
  const lines = new LineIndex(text);
  const notApplicable: EvidenceConfig['notApplicable'] = [];
  const naNode = isMap(doc.contents) ? doc.contents.get('not_applicable', true) : undefined;
  if (isMap(naNode)) {
    for (const pair of naNode.items as Pair<YamlNode, YamlNode>[]) {
      const raw = isScalar(pair.key) ? String(pair.key.value) : '';
      const value = isScalar(pair.value) ? pair.value.value : null;
      const keyRange = pair.key?.range ? lines.range(pair.key.range[0], pair.key.range[1]) : lines.range(0, 0);
      const end = pair.value?.range ? pair.value.range[1] : (pair.key?.range?.[1] ?? 0);
      notApplicable.push({
        raw,
        id: canonicalId(raw),
        reason: typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '',
        keyRange,
        range: { start: keyRange.start, end: lines.positionAt(end) },
      });
    }
  }
  const config: EvidenceConfig = {
    ...DEFAULT_CONFIG,
    ...(data.standard !== undefined ? { standard: data.standard as string } : {}),
    catalogs: (data.catalogs as string[] | undefined) ?? [],
    minChars: (data.minChars as number | undefined) ?? DEFAULT_CONFIG.minChars,
    staleAfterDays: (data.staleAfterDays as number | undefined) ?? DEFAULT_CONFIG.staleAfterDays,
    maxFileSize: (data.maxFileSize as number | undefined) ?? DEFAULT_CONFIG.maxFileSize,
    ignore: (data.ignore as string[] | undefined) ?? [],
    rules: (data.rules as EvidenceConfig['rules'] | undefined) ?? {},
    notApplicable,
    scoring: { weakCredit: (data.scoring as { weakCredit?: number } | undefined)?.weakCredit ?? DEFAULT_CONFIG.scoring.weakCredit },
    file,
  };
  return { config, problems: [] };
}
